import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Empty, List, Row, Select, Space, Spin, Statistic, Switch, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router';
import { statsApi } from '../../api/endpoints';
import { divisionsQuery, useBusinessStats, useOverview, useSpikeAlerts, useTaxonomy } from '../../api/queries';
import type { BusinessStat, Me, StatsScope, WorkloadRow } from '../../api/types';
import { divisionName, formatAmount, localName, pickName } from '../../i18n/localize';
import { useLang } from '../../i18n/useLang';
import { useDescribeError } from '../../hooks/useNotifyError';
import { barOption, columnOption, formatNumber, formatShare, lastTwelveMonths, lineOption, pieOption } from '../../lib/charts';
import { Chart } from './Chart';
import { MergeBusinessButton } from './MergeBusinessButton';

/** The supervisor dashboard: figures and charts of an association's cases in a period. */
export function DashboardPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useOutletContext<Me>();
  const describe = useDescribeError();
  const memberships = me.memberships ?? [];
  const [association, setAssociation] = useState(memberships[0]?.association.code ?? '');
  const [descendants, setDescendants] = useState(true);
  const [period, setPeriod] = useState(lastTwelveMonths);
  const scope: StatsScope = { association, descendants, from: period.from, to: period.to };
  const enabled = !!association || me.is_platform_admin;

  const overview = useOverview(scope, enabled);
  const businesses = useBusinessStats(scope, enabled);
  const alerts = useSpikeAlerts(scope, enabled);
  const taxonomy = useTaxonomy();
  const provinces = useQuery(divisionsQuery(''));

  const categoryName = useMemo(() => {
    const map = new Map((taxonomy.data?.categories ?? []).map((c) => [c.code, pickName(c.names, lang, c.code)]));
    return (k: string) => map.get(k) ?? k;
  }, [taxonomy.data, lang]);
  const provinceName = useMemo(() => {
    const map = new Map((provinces.data?.items ?? []).map((d) => [d.code, divisionName(d, lang)]));
    return (k: string) => map.get(k) ?? k;
  }, [provinces.data, lang]);
  const tagName = useMemo(() => {
    const map = new Map((taxonomy.data?.tags ?? []).map((c) => [c.code, pickName(c.names, lang, c.code)]));
    return (k: string) => map.get(k) ?? k;
  }, [taxonomy.data, lang]);
  const alertName = (kind: string, key: string, name: string) =>
    kind === 'tag' ? tagName(key) : kind === 'category' ? categoryName(key) : name || key;
  const statusName = (k: string) => t(`status.${k}`, { defaultValue: k });
  const outcomeName = (k: string) => t(`outcome.${k}`, { defaultValue: k });

  const o = overview.data;
  const casesExport = `/api/v1/cases/export?format=xlsx${association ? `&association=${encodeURIComponent(association)}` : ''}`;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="dashboard">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('dashboard.title')}
      </Typography.Title>

      <Card size="small">
        <Space wrap size="middle">
          <Select
            style={{ minWidth: 220 }}
            value={association || undefined}
            placeholder={t('dashboard.association')}
            onChange={setAssociation}
            options={memberships.map((m) => ({ value: m.association.code, label: localName(m.association, lang) }))}
            aria-label={t('dashboard.association')}
            data-testid="dashboard-association"
          />
          <Space>
            <Switch checked={descendants} onChange={setDescendants} aria-label={t('dashboard.descendants')} />
            <span>{t('dashboard.descendants')}</span>
          </Space>
          <DatePicker.RangePicker
            allowClear={false}
            value={[dayjs(period.from), dayjs(period.to)]}
            onChange={(v) => {
              if (v?.[0] && v[1]) setPeriod({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') });
            }}
            aria-label={t('dashboard.period')}
          />
          <Button icon={<DownloadOutlined />} href={statsApi.exportUrl(scope, 'xlsx')}>
            {t('dashboard.exportStatsXlsx')}
          </Button>
          <Button icon={<DownloadOutlined />} href={statsApi.exportUrl(scope, 'csv')}>
            {t('dashboard.exportStatsCsv')}
          </Button>
          <Button icon={<DownloadOutlined />} href={casesExport}>
            {t('dashboard.exportCases')}
          </Button>
        </Space>
      </Card>

      {!enabled && <Empty description={t('console.noMemberships')} />}
      {overview.isError && <Alert type="error" showIcon title={describe(overview.error)} />}
      {enabled && overview.isPending && <Spin />}

      {o && (
        <>
          <Row gutter={[16, 16]}>
            {(
              [
                ['received', o.received],
                ['accepted', o.accepted],
                ['closed', o.closed],
                ['open', o.open],
                ['acceptedInTime', formatShare(o.accepted_in_time_pct, true)],
                ['resolvedInTime', formatShare(o.resolved_in_time_pct, true)],
                ['mediationSuccess', formatShare(o.mediation_success_rate)],
                ['amountInvolved', formatAmount(o.amount_involved, lang) || '—'],
                ['amountRecovered', formatAmount(o.amount_recovered, lang) || '—'],
                ['medianDaysToAccept', formatNumber(o.median_days_to_accept)],
                ['medianDaysToClose', formatNumber(o.median_days_to_close)],
                [
                  'satisfaction',
                  o.satisfaction_average === null ? '—' : `${formatNumber(o.satisfaction_average)} / 5 (${o.satisfaction_count})`,
                ],
              ] as const
            ).map(([key, value]) => (
              <Col key={key} xs={12} md={8} xl={6}>
                <Card size="small" data-testid={`kpi-${key}`}>
                  <Statistic title={t(`dashboard.kpi.${key}`)} value={value} />
                </Card>
              </Col>
            ))}
          </Row>

          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('dashboard.chart.perMonth')}>
                <Chart option={lineOption(o.per_month)} testId="chart-per-month" />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('dashboard.chart.categories')}>
                <Chart option={barOption(o.by_category, categoryName)} />
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card size="small" title={t('dashboard.chart.status')}>
                <Chart option={pieOption(o.by_status, statusName)} />
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card size="small" title={t('dashboard.chart.outcome')}>
                <Chart option={pieOption(o.by_outcome, outcomeName)} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('dashboard.chart.provinces')}>
                <Chart option={barOption(o.by_province, provinceName)} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('dashboard.chart.backlog')}>
                <Chart option={columnOption(o.backlog)} />
              </Card>
            </Col>
          </Row>

          <Card size="small" title={t('dashboard.workload.title')}>
            <Table<WorkloadRow>
              size="small"
              rowKey="user_id"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={o.workload ?? []}
              columns={[
                { title: t('dashboard.workload.name'), dataIndex: 'name' },
                { title: t('dashboard.workload.open'), dataIndex: 'open', align: 'right' },
                { title: t('dashboard.workload.closed'), dataIndex: 'closed_in_period', align: 'right' },
                {
                  title: t('dashboard.workload.median'),
                  dataIndex: 'median_handling_days',
                  align: 'right',
                  render: (v: number | null) => formatNumber(v),
                },
              ]}
            />
          </Card>
        </>
      )}

      {enabled && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Card size="small" title={t('dashboard.businesses.title')}>
              <Table<BusinessStat>
                size="small"
                rowKey="business_id"
                pagination={false}
                scroll={{ x: 'max-content' }}
                loading={businesses.isPending}
                dataSource={businesses.data ?? []}
                columns={[
                  { title: t('dashboard.businesses.name'), dataIndex: 'name' },
                  { title: t('dashboard.businesses.complaints'), dataIndex: 'complaints', align: 'right' },
                  {
                    title: t('dashboard.businesses.answered'),
                    dataIndex: 'answered_share',
                    align: 'right',
                    render: (v: number | null) => formatShare(v),
                  },
                  {
                    title: t('dashboard.businesses.firstResponse'),
                    dataIndex: 'median_first_response_hours',
                    align: 'right',
                    render: (v: number | null) => formatNumber(v),
                  },
                  {
                    title: t('dashboard.businesses.resolution'),
                    dataIndex: 'resolution_rate',
                    align: 'right',
                    render: (v: number | null) => formatShare(v),
                  },
                  // The business registry is national: platform admins merge its records.
                  ...(me.is_platform_admin
                    ? [{ key: 'merge', render: (_: unknown, b: BusinessStat) => <MergeBusinessButton business={b} /> }]
                    : []),
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Card size="small" title={t('dashboard.alerts.title')} data-testid="alerts">
              <List
                loading={alerts.isPending}
                dataSource={alerts.data ?? []}
                locale={{ emptyText: t('dashboard.alerts.none') }}
                renderItem={(a) => (
                  <List.Item>
                    <List.Item.Meta
                      title={
                        <Space>
                          <Tag color="red">{t(`dashboard.alerts.kind.${a.kind}`)}</Tag>
                          {alertName(a.kind, a.key, a.name)}
                          <span>
                            {t('dashboard.alerts.thisWeek', { count: a.this_week, baseline: formatNumber(a.baseline) })}
                          </span>
                        </Space>
                      }
                      description={a.explained}
                    />
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        </Row>
      )}
    </Space>
  );
}
