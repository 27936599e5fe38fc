import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, type Case } from '../../api/types';

/** The four stages of a case (待受理, 已受理, 调解中, 已结案) with the current one marked. */
export function CaseProgress({ c }: { c: Pick<Case, 'status' | 'outcome'> }) {
  const { t } = useTranslation();
  const current = CASE_STATUSES.indexOf(c.status);
  const endedEarly = c.outcome === 'not_accepted' || c.outcome === 'withdrawn';
  const items = CASE_STATUSES.map((s, i) => ({
    key: s,
    title: t(`status.${s}`),
    // A rejected or withdrawn case skips the stages between.
    status:
      c.status === 'closed' && endedEarly && i > 0 && i < 3
        ? ('wait' as const)
        : i < current || c.status === 'closed'
          ? ('finish' as const)
          : i === current
            ? ('process' as const)
            : ('wait' as const),
  }));
  return (
    <Steps
      className="case-progress"
      size="small"
      responsive={false}
      titlePlacement="vertical"
      current={current}
      items={items}
      data-testid="case-progress"
    />
  );
}
