import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, List, Result, Row, Space, Spin, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { useReputation } from '../../../api/publicQueries';
import { useTaxonomy } from '../../../api/queries';
import { formatDate, pickName } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';
import { useDescribeError } from '../../../hooks/useNotifyError';
import { formatNumber, formatShare } from '../../../lib/charts';

/**
 * /businesses/:id: a business's complaint record over the last year. The API publishes
 * figures only above a minimum volume; below it, its answer is shown instead.
 */
export function BusinessPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const describe = useDescribeError();
  const { id = '' } = useParams();
  const rep = useReputation(id);
  const taxonomy = useTaxonomy();
  const back = (
    <Link to="/businesses">
      <Button type="link" icon={<ArrowLeftOutlined />}>
        {t('businesses.back')}
      </Button>
    </Link>
  );

  if (rep.isPending) return <Spin />;
  if (rep.isError) {
    const err = rep.error;
    const tooFew = isApiError(err) && err.reason === 'too_few_complaints';
    const notFound = isApiError(err) && err.status === 404;
    return (
      <Result
        status={tooFew ? 'info' : notFound ? '404' : 'error'}
        title={tooFew ? t('businesses.tooFewTitle') : notFound ? t('businesses.notFound') : describe(err)}
        subTitle={tooFew && isApiError(err) ? err.detail : undefined}
        extra={back}
        data-testid="business-unpublished"
      />
    );
  }
  const r = rep.data;
  const categoryName = (code: string) => {
    const c = taxonomy.data?.categories.find((x) => x.code === code);
    return c ? pickName(c.names, lang, code) : code;
  };
  const hours = r.median_first_response_hours;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="business-page">
      {back}
      <Typography.Title level={2} style={{ margin: 0 }}>
        {r.name}
      </Typography.Title>
      <Typography.Text type="secondary">
        {t('businesses.period', { from: formatDate(r.period.from, lang), to: formatDate(r.period.to, lang) })}
      </Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('businesses.complaints')} value={formatNumber(r.complaints)} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('businesses.answeredShare')} value={formatShare(r.answered_share)} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('businesses.firstResponse')}
              value={hours === null ? '—' : t('businesses.hours', { count: Math.round(hours) })}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('businesses.resolutionRate')} value={formatShare(r.resolution_rate)} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('businesses.topCategories')}>
        <List
          size="small"
          dataSource={r.top_categories ?? []}
          renderItem={(c) => (
            <List.Item key={c.key}>
              <Typography.Text>{categoryName(c.key)}</Typography.Text>
              <Typography.Text strong>{formatNumber(c.count)}</Typography.Text>
            </List.Item>
          )}
        />
      </Card>
      <Typography.Paragraph type="secondary">{t('businesses.note')}</Typography.Paragraph>
    </Space>
  );
}
