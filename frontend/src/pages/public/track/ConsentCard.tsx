import { App, Button, Card, Checkbox, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsent } from '../../../api/queries';
import type { Case } from '../../../api/types';
import { useNotifyError } from '../../../hooks/useNotifyError';

/**
 * Consent to an anonymized account of the case in the public library: given or withdrawn at
 * any time (withdrawing takes a published case study down). A minor's case also needs a guardian.
 */
export function ConsentCard({ c, tn, code }: { c: Case; tn: string; code: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const consent = useConsent(tn, code);
  const [guardian, setGuardian] = useState(false);
  const set = (value: boolean) =>
    consent.mutate(
      { consent: value, guardian: value && guardian },
      {
        onSuccess: () => void message.success(t(value ? 'consent.given' : 'consent.withdrawn')),
        onError: (err) => notify(err),
      },
    );
  const given = c.consent_to_publish;
  return (
    <Card title={t('consent.title')} size="small" data-testid="consent-card">
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        <Tag color={given ? 'green' : 'default'} data-testid="consent-state">
          {t(given ? 'consent.stateGiven' : 'consent.stateNone')}
        </Tag>
        <Typography.Text type="secondary">{t('consent.help')}</Typography.Text>
        {given ? (
          <Popconfirm
            title={t('consent.withdrawConfirm')}
            okText={t('consent.withdraw')}
            cancelText={t('common.cancel')}
            onConfirm={() => set(false)}
          >
            <Button loading={consent.isPending} data-testid="consent-withdraw">
              {t('consent.withdraw')}
            </Button>
          </Popconfirm>
        ) : (
          <>
            {c.consumer.is_minor && (
              <Checkbox checked={guardian} onChange={(e) => setGuardian(e.target.checked)}>
                {t('consent.guardian')}
              </Checkbox>
            )}
            <Button
              type="primary"
              ghost
              loading={consent.isPending}
              disabled={c.consumer.is_minor && !guardian}
              onClick={() => set(true)}
              data-testid="consent-give"
            >
              {t('consent.give')}
            </Button>
          </>
        )}
      </Space>
    </Card>
  );
}
