import { App, Button, Card, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAnswerAgreement } from '../../../api/queries';
import type { Case } from '../../../api/types';
import { AgreementSummary } from '../../../components/case/AgreementSummary';
import { useNotifyError } from '../../../hooks/useNotifyError';

/** The settlement proposed in mediation, for the consumer to accept or refuse. */
export function AgreementResponse({ c, tn, code }: { c: Case; tn: string; code: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const answer = useAnswerAgreement(tn, code);
  if (c.status !== 'in_mediation' || !c.agreement) return null;
  const ag = c.agreement;
  const respond = (accept: boolean) =>
    answer.mutateAsync(accept).then(
      () => void message.success(accept ? t('agreement.youAccepted') : t('agreement.youRefused')),
      (err: unknown) => notify(err),
    );
  return (
    <Card title={t('agreement.proposedTitle')} size="small" className="agreement-card" data-testid="agreement-response">
      <AgreementSummary agreement={ag} mediating />
      <Typography.Paragraph type="secondary">{t('agreement.consumerHelp')}</Typography.Paragraph>
      <Space wrap>
        <Popconfirm
          title={t('agreement.acceptConfirm')}
          okText={t('agreement.accept')}
          cancelText={t('common.cancel')}
          onConfirm={() => respond(true)}
        >
          <Button type="primary" loading={answer.isPending} disabled={!!ag.consumer_accepted_at} data-testid="agreement-accept">
            {t('agreement.accept')}
          </Button>
        </Popconfirm>
        <Popconfirm
          title={t('agreement.refuseConfirm')}
          okText={t('agreement.refuse')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => respond(false)}
        >
          <Button danger loading={answer.isPending} disabled={!!ag.consumer_refused_at}>
            {t('agreement.refuse')}
          </Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}
