import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../api/types';
import { AgreementSummary } from '../../../components/case/AgreementSummary';
import { OutcomeTag } from '../../../components/case/StatusTag';
import { formatDateTime, pickName } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';

/** How the case ended: the outcome, the reason and its legal basis if not accepted, the agreement. */
export function OutcomeCard({ c }: { c: Case }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (c.status !== 'closed' || !c.outcome) return null;
  const items = [
    { key: 'outcome', label: t('track.outcome'), children: <OutcomeTag outcome={c.outcome} /> },
  ];
  if (c.closed_at) items.push({ key: 'closed', label: t('track.closedAt'), children: <>{formatDateTime(c.closed_at, lang)}</> });
  if (c.reject_reason) {
    items.push({
      key: 'reason',
      label: t('track.rejectReason'),
      children: <Typography.Text strong>{pickName(c.reject_reason.names, lang, c.reject_reason.code)}</Typography.Text>,
    });
    items.push({
      key: 'basis',
      label: t('track.rejectBasis'),
      children: <Typography.Text data-testid="reject-basis">{pickName(c.reject_reason.basis, lang)}</Typography.Text>,
    });
  }
  return (
    <Card title={t('track.outcomeTitle')} size="small" data-testid="outcome-card">
      <Descriptions size="small" column={1} items={items} />
      {c.outcome === 'agreement' && c.agreement && <AgreementSummary agreement={c.agreement} mediating={false} />}
      {c.outcome === 'failed' && <Typography.Paragraph type="secondary">{t('track.failedAdvice')}</Typography.Paragraph>}
    </Card>
  );
}
