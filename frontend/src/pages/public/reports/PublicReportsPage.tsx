import { Alert, Card, Empty, List, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePublicReports } from '../../../api/publicQueries';
import { formatDate, localName } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';
import { useDescribeError } from '../../../hooks/useNotifyError';

/** /reports: the data reports associations have published. */
export function PublicReportsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const describe = useDescribeError();
  const reports = usePublicReports();

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} className="narrow-page" data-testid="public-reports">
      <Typography.Title level={2} className="page-title">
        {t('reports.publicTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('reports.publicIntro')}</Typography.Paragraph>
      {reports.isPending && <Spin />}
      {reports.isError && <Alert type="error" showIcon title={describe(reports.error)} />}
      {reports.data && (
        <List
          dataSource={reports.data}
          locale={{ emptyText: <Empty description={t('reports.publicEmpty')} /> }}
          renderItem={(r) => (
            <List.Item key={r.id} data-testid="public-report-item">
              <Card size="small" style={{ width: '100%' }}>
                <Typography.Title level={4} style={{ marginTop: 0 }}>
                  <Link to={`/reports/${r.id}`}>{r.title}</Link>
                </Typography.Title>
                <Typography.Text type="secondary">
                  {localName(r.association, lang)} · {t('report.period', { from: formatDate(r.from, lang), to: formatDate(r.to, lang) })}
                </Typography.Text>
              </Card>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
