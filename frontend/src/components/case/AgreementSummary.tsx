import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../api/types';
import { formatAmount, formatDateTime } from '../../i18n/localize';
import { useLang } from '../../i18n/useLang';

function PartyAnswer({ accepted, refused }: { accepted: string | null; refused?: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (accepted) {
    return (
      <Tag icon={<CheckCircleOutlined />} color="green">
        {t('agreement.acceptedAt', { at: formatDateTime(accepted, lang) })}
      </Tag>
    );
  }
  if (refused) {
    return (
      <Tag icon={<CloseCircleOutlined />} color="red">
        {t('agreement.refusedAt', { at: formatDateTime(refused, lang) })}
      </Tag>
    );
  }
  return (
    <Tag icon={<ClockCircleOutlined />} color="default">
      {t('agreement.pending')}
    </Tag>
  );
}

/** Whether either party answered (an agreement recorded at closure was never put to them). */
export function hasAnswers(a: Agreement): boolean {
  return !!(a.consumer_accepted_at || a.consumer_refused_at || a.business_accepted_at);
}

/**
 * The terms of a settlement, the amount recovered and whether each party accepted; the
 * answers show while the parties can still give them, or once one did.
 */
export function AgreementSummary({ agreement, mediating }: { agreement: Agreement; mediating: boolean }) {
  const showAnswers = mediating || hasAnswers(agreement);
  const { t } = useTranslation();
  const lang = useLang();
  const items = [
    {
      key: 'terms',
      label: t('agreement.terms'),
      children: <Typography.Paragraph className="pre-wrap" style={{ marginBottom: 0 }}>{agreement.terms}</Typography.Paragraph>,
    },
    { key: 'amount', label: t('agreement.amount'), children: formatAmount(agreement.amount_recovered, lang) || '—' },
  ];
  if (showAnswers) {
    items.push({
      key: 'answers',
      label: t('agreement.answers'),
      children: (
        <Space orientation="vertical" size={4}>
          <Space size={4} wrap>
            <Typography.Text type="secondary">{t('actor.consumer')}</Typography.Text>
            <PartyAnswer accepted={agreement.consumer_accepted_at} refused={agreement.consumer_refused_at} />
          </Space>
          <Space size={4} wrap>
            <Typography.Text type="secondary">{t('actor.business')}</Typography.Text>
            <PartyAnswer accepted={agreement.business_accepted_at} />
          </Space>
        </Space>
      ),
    });
  }
  return <Descriptions size="small" column={1} items={items} data-testid="agreement-summary" />;
}
