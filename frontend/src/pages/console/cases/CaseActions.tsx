import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, StaffAction } from '../../../api/types';
import { ActionModal } from './ActionModal';

const PRIMARY: StaffAction[] = ['accept', 'start_mediation', 'close'];
const DANGER: StaffAction[] = ['reject'];

/** The actions valid for the case's status, each behind a confirmation. */
export function CaseActions({ c, actions }: { c: Case; actions: StaffAction[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<StaffAction | null>(null);
  if (actions.length === 0) return null;
  return (
    <>
      <Space wrap size={8} className="case-actions" data-testid="case-actions">
        {actions.map((a) => (
          <Button
            key={a}
            type={PRIMARY.includes(a) ? 'primary' : 'default'}
            danger={DANGER.includes(a)}
            onClick={() => setOpen(a)}
            data-action={a}
          >
            {t(`action.${a}.label`)}
          </Button>
        ))}
      </Space>
      <ActionModal c={c} action={open} onClose={() => setOpen(null)} />
    </>
  );
}
