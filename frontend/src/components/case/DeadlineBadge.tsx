import { ClockCircleOutlined, PauseCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../api/types';
import { chinaToday, deadlineState } from '../../lib/deadline';
import { formatDate } from '../../i18n/localize';
import { useLang } from '../../i18n/useLang';

type Fields = Pick<Case, 'status' | 'acceptance_due' | 'resolution_due' | 'overdue' | 'clock_stopped'>;

/** The running deadline of a case: red when overdue, amber within two days, paused when stopped. */
export function DeadlineBadge({
  c,
  today = chinaToday(),
  placeholder = <span className="muted">—</span>,
}: {
  c: Fields;
  today?: string;
  /** what to show when no deadline runs */
  placeholder?: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const s = deadlineState(c, today);
  const date = formatDate(s.due, lang);
  const which = c.status === 'submitted' ? t('deadline.acceptance') : t('deadline.resolution');
  switch (s.kind) {
    case 'none':
      return placeholder;
    case 'paused':
      return (
        <Tooltip title={t('deadline.pausedHint')}>
          <Tag icon={<PauseCircleOutlined />} color="default" data-deadline="paused">
            {t('deadline.paused')}
          </Tag>
        </Tooltip>
      );
    case 'overdue':
      return (
        <Tooltip title={`${which}: ${date}`}>
          <Tag icon={<WarningOutlined />} color="red" data-deadline="overdue">
            {t('deadline.overdueSince', { date })}
          </Tag>
        </Tooltip>
      );
    case 'soon':
      return (
        <Tooltip title={which}>
          <Tag icon={<ClockCircleOutlined />} color="orange" data-deadline="soon">
            {t('deadline.dueOn', { date })}
          </Tag>
        </Tooltip>
      );
    default:
      return (
        <Tooltip title={which}>
          <Tag variant="outlined" data-deadline="ok">
            {t('deadline.dueOn', { date })}
          </Tag>
        </Tooltip>
      );
  }
}
