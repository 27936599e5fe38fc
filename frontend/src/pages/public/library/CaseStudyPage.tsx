import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Result, Space, Spin, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { useCaseStudy } from '../../../api/queries';
import { RegionName } from '../../../components/RegionName';
import { formatDateTime, localName, pickName } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';
import { useDescribeError } from '../../../hooks/useNotifyError';

function Section({ title, children }: { title: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <Card size="small" title={title} className="print-card">
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{children}</Typography.Paragraph>
    </Card>
  );
}

/** One published case study. */
export function CaseStudyPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const describe = useDescribeError();
  const { slug = '' } = useParams();
  const study = useCaseStudy(slug);
  const back = (
    <Link to="/library">
      <Button type="link" icon={<ArrowLeftOutlined />}>
        {t('library.back')}
      </Button>
    </Link>
  );

  if (study.isPending) return <Spin />;
  if (study.isError) {
    const notFound = isApiError(study.error) && study.error.status === 404;
    return <Result status={notFound ? '404' : 'error'} title={notFound ? t('library.notFound') : describe(study.error)} extra={back} />;
  }
  const s = study.data;
  const f = s.facts;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="case-study">
      {back}
      <Typography.Title level={2} style={{ margin: 0 }}>
        {s.title}
      </Typography.Title>
      <Space wrap>
        {f.category && <Tag color="blue">{pickName(f.category_names, lang, f.category)}</Tag>}
        {f.outcome && <Tag color="green">{t(`outcome.${f.outcome}`, { defaultValue: f.outcome })}</Tag>}
        {s.association && <Typography.Text type="secondary">{localName(s.association, lang)}</Typography.Text>}
        {s.published_at && <Typography.Text type="secondary">{formatDateTime(s.published_at, lang)}</Typography.Text>}
      </Space>
      <Section title={t('library.narrative')}>{s.narrative}</Section>
      <Section title={t('library.mediatorAction')}>{s.mediator_action}</Section>
      <Section title={t('library.lesson')}>{s.lesson}</Section>
      <Section title={t('library.tip')}>{s.tip}</Section>
      <Card size="small" title={t('library.facts')}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'region', label: t('library.region'), children: <RegionName code={f.region_code} name={f.region_name} /> },
            { key: 'period', label: t('library.period'), children: f.period },
            { key: 'amount', label: t('library.amountBand'), children: f.amount_band },
            { key: 'recovered', label: t('library.recoveredBand'), children: f.amount_recovered_band },
            { key: 'age', label: t('library.ageBand'), children: f.age_band ? t(`ageBand.${f.age_band}`, { defaultValue: f.age_band }) : undefined },
            { key: 'tags', label: t('library.tags'), children: f.tags?.length ? f.tags.join('、') : undefined },
          ].filter((i) => i.children)}
        />
      </Card>
    </Space>
  );
}
