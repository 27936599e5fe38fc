import { Descriptions, Space, Tag } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../api/types';
import { formatDate } from '../../i18n/localize';
import { useLang } from '../../i18n/useLang';
import { DeadlineBadge } from './DeadlineBadge';

/** The deadlines of a case (working days on the Chinese calendar) and where it stands. */
export function CaseDeadlines({
  c,
  column = 1,
  showRunning = true,
}: {
  c: Case;
  column?: DescriptionsProps['column'];
  showRunning?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const items: NonNullable<DescriptionsProps['items']> = [];
  if (showRunning && c.status !== 'closed') {
    items.push({ key: 'running', label: t('deadline.now'), children: <DeadlineBadge c={c} /> });
  }
  items.push({ key: 'acceptance', label: t('deadline.acceptance'), children: formatDate(c.acceptance_due, lang) });
  if (c.resolution_due) {
    items.push({ key: 'resolution', label: t('deadline.resolution'), children: formatDate(c.resolution_due, lang) });
  }
  if (c.business_due) {
    items.push({
      key: 'business',
      label: t('deadline.business'),
      children: (
        <Space size={4} wrap>
          {formatDate(c.business_due, lang)}
          {c.business_answered_in_time === true && <Tag color="green">{t('deadline.answeredInTime')}</Tag>}
          {c.business_answered_in_time === false && <Tag color="red">{t('deadline.answeredLate')}</Tag>}
        </Space>
      ),
    });
  }
  return <Descriptions size="small" column={column} items={items} data-testid="case-deadlines" />;
}
