import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBusinessCases } from '../../../api/queries';
import type { Case } from '../../../api/types';
import { ProvisionalTag } from '../../../components/case/ProvisionalTag';
import { StatusTag } from '../../../components/case/StatusTag';
import { useTaxonomyNames } from '../../../components/case/useNames';
import { formatDate, localName } from '../../../i18n/localize';
import { QueryError } from '../QueryError';

const PARAMS = {};

/** /console/business: the complaints against the user's business. */
export function BusinessCasesPage() {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  const lang = names.lang;
  const cases = useBusinessCases(PARAMS);
  const rows = useMemo(() => cases.data?.pages.flatMap((p) => p.items ?? []) ?? [], [cases.data]);
  const columns: TableColumnsType<Case> = [
    {
      title: t('inbox.col.trackingNumber'),
      key: 'tn',
      width: 160,
      render: (_, c) => (
        <Link to={`/console/business/${c.id}`} data-testid="business-case-link">
          {c.tracking_number}
        </Link>
      ),
    },
    {
      title: t('inbox.col.title'),
      key: 'title',
      render: (_, c) => (
        <Link to={`/console/business/${c.id}`}>
          <Typography.Text ellipsis={{ tooltip: c.title }}>{c.title}</Typography.Text>
        </Link>
      ),
    },
    {
      title: t('inbox.col.status'),
      key: 'status',
      width: 170,
      render: (_, c) => (
        <Space size={4} wrap>
          <StatusTag status={c.status} />
          {c.waiting_on === 'business' && <Tag color="volcano">{t('business.yourTurn')}</Tag>}
        </Space>
      ),
    },
    { title: t('inbox.col.category'), key: 'category', width: 150, ellipsis: true, render: (_, c) => names.category(c.category) },
    {
      title: t('inbox.col.association'),
      key: 'association',
      width: 160,
      ellipsis: true,
      render: (_, c) => localName(c.association, lang),
    },
    { title: t('inbox.col.received'), key: 'received', width: 120, render: (_, c) => formatDate(c.received_at, lang) },
    {
      title: t('business.answerBy'),
      key: 'due',
      width: 130,
      render: (_, c) =>
        c.business_due ? (
          <Space size={4} wrap>
            {formatDate(c.business_due, lang)}
            <ProvisionalTag due={c.business_due} provisional={c.business_due_provisional} />
          </Space>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <>
      <div className="page-toolbar">
        <Typography.Title level={3}>{t('business.title')}</Typography.Title>
      </div>
      <Typography.Paragraph type="secondary">{t('business.intro')}</Typography.Paragraph>
      <Card>
        {cases.isError ? (
          <QueryError error={cases.error} onRetry={() => void cases.refetch()} />
        ) : (
          <Table<Case>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={cases.isPending}
            pagination={false}
            scroll={{ x: 1000 }}
            locale={{ emptyText: t('business.empty') }}
            data-testid="business-cases-table"
          />
        )}
        {cases.hasNextPage && (
          <div className="load-more">
            <Button onClick={() => void cases.fetchNextPage()} loading={cases.isFetchingNextPage}>
              {t('inbox.loadMore')}
            </Button>
          </div>
        )}
      </Card>
    </>
  );
}
