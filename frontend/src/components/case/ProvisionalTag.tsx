import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Marks a deadline counted into a year whose holiday schedule is not loaded yet: the
 * server counted that year's public holidays as working days, so the date may move.
 */
export function ProvisionalTag({ due, provisional }: { due: string | null | undefined; provisional?: boolean }) {
  const { t } = useTranslation();
  if (!provisional || !due) return null;
  return (
    <Tooltip title={t('deadline.provisionalHint', { year: due.slice(0, 4) })}>
      <Tag color="orange" data-testid="deadline-provisional">
        {t('deadline.provisional')}
      </Tag>
    </Tooltip>
  );
}
