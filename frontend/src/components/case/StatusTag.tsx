import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatus, Outcome, WaitingOn } from '../../api/types';

const STATUS_COLORS: Record<CaseStatus, string> = {
  submitted: 'gold',
  accepted: 'blue',
  in_mediation: 'purple',
  closed: 'green',
};

export function StatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'} data-testid="status-tag">
      {t(`status.${status}`, { defaultValue: t('status.unknown') })}
    </Tag>
  );
}

const OUTCOME_COLORS: Record<Outcome, string> = {
  agreement: 'green',
  business_remedied: 'cyan',
  failed: 'volcano',
  terminated: 'default',
  not_accepted: 'red',
  withdrawn: 'default',
};

export function OutcomeTag({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  return (
    <Tag color={OUTCOME_COLORS[outcome] ?? 'default'}>
      {t(`outcome.${outcome}`, { defaultValue: t('status.unknown') })}
    </Tag>
  );
}

/** Whose move it is, when it is not the association's. */
export function WaitingTag({ waitingOn }: { waitingOn: WaitingOn }) {
  const { t } = useTranslation();
  if (waitingOn === 'none') return null;
  return <Tag color="geekblue">{t(`waiting.${waitingOn}`)}</Tag>;
}
