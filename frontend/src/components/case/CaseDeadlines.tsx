import { Descriptions, Space, Tag } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../api/types';
import { formatDate } from '../../i18n/localize';
import { useLang } from '../../i18n/useLang';
import { DeadlineBadge } from './DeadlineBadge';
import { ProvisionalTag } from './ProvisionalTag';

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
  items.push({
    key: 'acceptance',
    label: t('deadline.acceptance'),
    children: (
      <Space size={4} wrap>
        {formatDate(c.acceptance_due, lang)}
        <ProvisionalTag due={c.acceptance_due} provisional={c.acceptance_due_provisional} />
      </Space>
    ),
  });
  if (c.resolution_due) {
    items.push({
      key: 'resolution',
      label: t('deadline.resolution'),
      children: (
        <Space size={4} wrap>
          {formatDate(c.resolution_due, lang)}
          <ProvisionalTag due={c.resolution_due} provisional={c.resolution_due_provisional} />
        </Space>
      ),
    });
  }
  if (c.business_due) {
    items.push({
      key: 'business',
      label: t('deadline.business'),
      children: (
        <Space size={4} wrap>
          {formatDate(c.business_due, lang)}
          <ProvisionalTag due={c.business_due} provisional={c.business_due_provisional} />
          {c.business_answered_in_time === true && <Tag color="green">{t('deadline.answeredInTime')}</Tag>}
          {c.business_answered_in_time === false && <Tag color="red">{t('deadline.answeredLate')}</Tag>}
        </Space>
      ),
    });
  }
  return <Descriptions size="small" column={column} items={items} data-testid="case-deadlines" />;
}
