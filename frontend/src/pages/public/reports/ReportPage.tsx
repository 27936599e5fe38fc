import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Col, Result, Row, Space, Spin, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { usePublicReport, useTaxonomy } from '../../../api/queries';
import type { BusinessStat, KeyCount } from '../../../api/types';
import { formatAmount, formatDate, localName, pickLocalized, pickName } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';
import { useDescribeError } from '../../../hooks/useNotifyError';
import { formatNumber, formatShare } from '../../../lib/charts';

/** A published data report, made to be printed. */
export function ReportPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const describe = useDescribeError();
  const { id = '' } = useParams();
  const report = usePublicReport(id);
  const taxonomy = useTaxonomy();

  if (report.isPending) return <Spin />;
  if (report.isError) {
    const notFound = isApiError(report.error) && report.error.status === 404;
    return <Result status={notFound ? '404' : 'error'} title={notFound ? t('report.notFound') : describe(report.error)} />;
  }
  const r = report.data;
  const body = r.body ?? {};
  const f = body.figures ?? {};
  const issueName = (key: string) => {
    const c = taxonomy.data?.categories.find((x) => x.code === key) ?? taxonomy.data?.tags.find((x) => x.code === key);
    return c ? pickName(c.names, lang, key) : key;
  };
  const findings = (body.findings ?? []).map((x) => pickLocalized(x, lang)).filter(Boolean);
  const tips = (body.tips ?? []).map((x) => pickLocalized(x, lang)).filter(Boolean);

  return (
    <article className="report" data-testid="report">
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <div className="report-head">
          <Typography.Title level={2} style={{ marginTop: 0 }}>
            {r.title || pickLocalized(body.topic_names, lang)}
          </Typography.Title>
          <Typography.Text type="secondary">
            {localName(r.association, lang)} · {t('report.period', { from: formatDate(r.from, lang), to: formatDate(r.to, lang) })}
          </Typography.Text>
          <div className="no-print" style={{ marginTop: 12 }}>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="report-print">
              {t('report.print')}
            </Button>
          </div>
        </div>

        {findings.length > 0 && (
          <Card size="small" title={t('report.findings')} className="print-card">
            <ol className="report-list">
              {findings.map((x, i) => (
                <li key={i}>{x}</li>
              ))}
            </ol>
          </Card>
        )}

        <Card size="small" title={t('report.figures')} className="print-card">
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Statistic title={t('dashboard.kpi.received')} value={f.received ?? 0} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('dashboard.kpi.closed')} value={f.closed ?? 0} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('dashboard.kpi.mediationSuccess')} value={formatShare(f.mediation_success_rate)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('dashboard.kpi.amountRecovered')} value={formatAmount(f.amount_recovered, lang) || '—'} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('dashboard.kpi.amountInvolved')} value={formatAmount(f.amount_involved, lang) || '—'} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('dashboard.kpi.medianDaysToClose')} value={formatNumber(f.median_days_to_close)} />
            </Col>
            {body.previous && (
              <Col xs={24} md={12}>
                <Statistic
                  title={t('report.previous', { from: formatDate(body.previous.from, lang), to: formatDate(body.previous.to, lang) })}
                  value={body.previous.received}
                />
              </Col>
            )}
          </Row>
        </Card>

        {(body.top_issues?.length ?? 0) > 0 && (
          <Card size="small" title={t('report.topIssues')} className="print-card">
            <Table<KeyCount>
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={body.top_issues}
              columns={[
                { title: t('report.issue'), dataIndex: 'key', render: (k: string) => issueName(k) },
                { title: t('dashboard.businesses.complaints'), dataIndex: 'count', align: 'right' },
              ]}
            />
          </Card>
        )}

        {(body.top_businesses?.length ?? 0) > 0 && (
          <Card size="small" title={t('report.topBusinesses')} className="print-card">
            <Table<BusinessStat>
              size="small"
              rowKey="business_id"
              pagination={false}
              dataSource={body.top_businesses}
              columns={[
                { title: t('dashboard.businesses.name'), dataIndex: 'name' },
                { title: t('dashboard.businesses.complaints'), dataIndex: 'complaints', align: 'right' },
                { title: t('dashboard.businesses.answered'), dataIndex: 'answered_share', align: 'right', render: (v: number | null) => formatShare(v) },
                { title: t('dashboard.businesses.resolution'), dataIndex: 'resolution_rate', align: 'right', render: (v: number | null) => formatShare(v) },
              ]}
            />
          </Card>
        )}

        {tips.length > 0 && (
          <Card size="small" title={t('report.tips')} className="print-card">
            <ul className="report-list">
              {tips.map((x, i) => (
                <li key={i}>{x}</li>
              ))}
            </ul>
          </Card>
        )}
      </Space>
    </article>
  );
}
