import { Descriptions, Space, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../api/types';
import { useTaxonomyNames } from '../../../components/case/useNames';
import { formatAmount, formatDate } from '../../../i18n/localize';

/** What the complaint says, as filed. */
export function CaseFactsSummary({ c }: { c: Case }) {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  const lang = names.lang;
  const items: NonNullable<DescriptionsProps['items']> = [
    { key: 'business', label: t('case.business'), children: c.business.name },
    { key: 'category', label: t('case.category'), children: names.categoryPath(c.category) },
  ];
  if (c.tags?.length) {
    items.push({
      key: 'tags',
      label: t('case.tags'),
      children: (
        <Space size={[4, 4]} wrap>
          {c.tags.map((tag) => (
            <Tag key={tag}>{names.tag(tag)}</Tag>
          ))}
        </Space>
      ),
    });
  }
  if (c.amount) items.push({ key: 'amount', label: t('case.amount'), children: formatAmount(c.amount, lang) });
  if (c.occurred_on) items.push({ key: 'occurred', label: t('case.occurredOn'), children: formatDate(c.occurred_on, lang) });
  if (c.desired_resolution) {
    items.push({ key: 'wish', label: t('case.desiredResolution'), children: t(`resolution.${c.desired_resolution}`) });
  }
  return (
    <>
      <Descriptions size="small" column={1} items={items} />
      <Typography.Paragraph
        className="pre-wrap narrative"
        ellipsis={{ rows: 4, expandable: 'collapsible', symbol: (open: boolean) => (open ? t('common.less') : t('common.more')) }}
      >
        {c.narrative}
      </Typography.Paragraph>
    </>
  );
}
