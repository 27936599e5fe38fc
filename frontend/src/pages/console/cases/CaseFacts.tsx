import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDivisionPath } from '../../../api/queries';
import type { Case } from '../../../api/types';
import { useTaxonomyNames } from '../../../components/case/useNames';
import { formatAmount, formatDate } from '../../../i18n/localize';

/** What the complaint says: the consumer, the business, the category, the amount, the story. */
export function CaseFacts({ c }: { c: Case }) {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  const lang = names.lang;
  const region = useDivisionPath(c.consumer.division_code);
  const businessRegion = useDivisionPath(c.business.division_code);
  const consumer: DescriptionsProps['items'] = [
    { key: 'name', label: t('case.consumerName'), children: c.consumer.name },
    { key: 'mobile', label: t('case.mobile'), children: c.consumer.mobile },
    ...(c.consumer.email ? [{ key: 'email', label: t('case.email'), children: c.consumer.email }] : []),
    ...(c.consumer.id_number ? [{ key: 'id', label: t('case.idNumber'), children: c.consumer.id_number }] : []),
    { key: 'region', label: t('case.region'), children: region },
    ...(c.consumer.age_band ? [{ key: 'age', label: t('case.ageBand'), children: t(`ageBand.${c.consumer.age_band}`) }] : []),
    ...(c.consumer.is_minor
      ? [{ key: 'minor', label: t('case.minor'), children: <Tag color="magenta">{t('case.isMinor')}</Tag> }]
      : []),
  ];
  const business: DescriptionsProps['items'] = [
    { key: 'name', label: t('case.businessName'), children: c.business.name },
    ...(c.business.uscc ? [{ key: 'uscc', label: t('complain.uscc'), children: c.business.uscc }] : []),
    ...(c.business.platform ? [{ key: 'platform', label: t('case.platform'), children: c.business.platform }] : []),
    ...(c.business.division_code ? [{ key: 'region', label: t('case.region'), children: businessRegion }] : []),
  ];
  const complaint: DescriptionsProps['items'] = [
    { key: 'category', label: t('case.category'), children: names.categoryPath(c.category) },
    {
      key: 'tags',
      label: t('case.tags'),
      children: c.tags?.length ? (
        <Space size={[4, 4]} wrap>
          {c.tags.map((tag) => (
            <Tag key={tag} color="blue">
              {names.tag(tag)}
            </Tag>
          ))}
        </Space>
      ) : (
        '—'
      ),
    },
    { key: 'amount', label: t('case.amount'), children: formatAmount(c.amount, lang) || '—' },
    { key: 'occurred', label: t('case.occurredOn'), children: formatDate(c.occurred_on, lang) || '—' },
    {
      key: 'wish',
      label: t('case.desiredResolution'),
      children: c.desired_resolution ? t(`resolution.${c.desired_resolution}`) : '—',
    },
    { key: 'channel', label: t('case.channel'), children: t(`channel.${c.channel}`, { defaultValue: c.channel }) },
    { key: 'consent', label: t('case.consent'), children: c.consent_to_publish ? t('common.yes') : t('common.no') },
  ];
  return (
    <Card size="small" title={t('case.facts')} data-testid="case-facts">
      <Typography.Title level={5}>{c.title}</Typography.Title>
      <Typography.Paragraph className="pre-wrap narrative" data-testid="case-narrative">
        {c.narrative}
      </Typography.Paragraph>
      <Descriptions size="small" className="case-facts-section" title={t('case.consumer')} column={{ xs: 1, sm: 2 }} items={consumer} />
      <Descriptions size="small" className="case-facts-section" title={t('case.business')} column={{ xs: 1, sm: 2 }} items={business} />
      <Descriptions size="small" className="case-facts-section" title={t('case.complaint')} column={{ xs: 1, sm: 2 }} items={complaint} />
    </Card>
  );
}
