import { App, Button, Input, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudyAction } from '../../../api/types';

const PRIMARY: Partial<Record<StudyAction, boolean>> = { submit: true, approve: true, publish: true };

/**
 * The workflow buttons; each asks for confirmation (withdrawing also for a reason).
 * `run` performs the step and rejects on failure (the page shows why).
 */
export function StudyActions({
  actions,
  pending,
  run,
}: {
  actions: StudyAction[];
  pending: StudyAction | null;
  run: (action: StudyAction, reason: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  if (!actions.length) return null;
  return (
    <Space wrap data-testid="study-actions">
      {actions.map((a) => (
        <Popconfirm
          key={a}
          title={t(`studyAction.${a}Confirm`)}
          description={
            a === 'withdraw' ? (
              <Input.TextArea
                rows={2}
                maxLength={500}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                placeholder={t('studies.withdrawReason')}
                aria-label={t('studies.withdrawReason')}
              />
            ) : undefined
          }
          okText={t(`studyAction.${a}`)}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            run(a, a === 'withdraw' ? reason.trim() : '').then(
              () => {
                void message.success(t(`studyAction.${a}Done`));
                setReason('');
              },
              () => undefined,
            )
          }
        >
          <Button
            type={PRIMARY[a] ? 'primary' : 'default'}
            danger={a === 'withdraw'}
            loading={pending === a}
            disabled={pending !== null && pending !== a}
            data-action={a}
          >
            {t(`studyAction.${a}`)}
          </Button>
        </Popconfirm>
      ))}
    </Space>
  );
}
