import { Alert, Card, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useBusinessSearch } from '../../../api/publicQueries';
import { useDescribeError } from '../../../hooks/useNotifyError';

/** /businesses: look a business up by name before buying, or before complaining. */
export function BusinessSearchPage() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const search = useBusinessSearch(q);
  const tooShort = q.trim() !== '' && [...q.trim()].length < 2;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} className="narrow-page" data-testid="business-search">
      <Typography.Title level={2} className="page-title">
        {t('businesses.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('businesses.intro')}</Typography.Paragraph>
      <Input.Search
        key={q}
        defaultValue={q}
        placeholder={t('businesses.placeholder')}
        enterButton={t('businesses.search')}
        allowClear
        maxLength={50}
        aria-label={t('businesses.search')}
        data-testid="business-search-input"
        onSearch={(v) => setParams(v.trim() ? { q: v.trim() } : {})}
      />
      {tooShort && <Alert type="info" showIcon title={t('businesses.tooShort')} />}
      {search.isError && <Alert type="error" showIcon title={describe(search.error)} />}
      {search.data && (
        <List
          dataSource={search.data}
          locale={{ emptyText: <Empty description={t('businesses.empty')} /> }}
          renderItem={(b) => (
            <List.Item key={b.id} data-testid="business-item">
              <Card size="small" style={{ width: '100%' }}>
                <Space orientation="vertical" size={4}>
                  <Link to={`/businesses/${b.id}`} className="business-name">
                    {b.name}
                  </Link>
                  <Space wrap size={[8, 4]}>
                    <Typography.Text type="secondary">{t('businesses.lastYear', { count: b.complaints_last_year })}</Typography.Text>
                    {b.figures_published ? (
                      <Tag color="blue">{t('businesses.figuresPublished')}</Tag>
                    ) : (
                      <Tag>{t('businesses.tooFew')}</Tag>
                    )}
                  </Space>
                </Space>
              </Card>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
