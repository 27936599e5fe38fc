import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCases, useTaxonomy } from '../../../api/queries';
import { useStaff } from '../ConsoleLayout';
import { QueryError } from '../QueryError';
import { CaseTable } from './CaseTable';
import { EMPTY_FILTERS, parseInbox, toListParams, toSearch, viewFilters, type InboxFilters as Filters } from './inboxParams';
import { InboxFilters } from './InboxFilters';
import { SavedViews } from './SavedViews';

/** /console/cases: the cases of the associations the user may read, filtered by the URL. */
export function InboxPage() {
  const { t } = useTranslation();
  const me = useStaff();
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => parseInbox(search), [search]);
  const params = useMemo(() => toListParams(filters, me.id), [filters, me.id]);
  const cases = useCases(params);
  const taxonomy = useTaxonomy();

  const apply = (f: Filters) => setSearch(toSearch(f), { replace: false });
  const rows = useMemo(() => cases.data?.pages.flatMap((p) => p.items ?? []) ?? [], [cases.data]);

  return (
    <>
      <div className="page-toolbar">
        <Typography.Title level={3}>{t('inbox.title')}</Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={() => void cases.refetch()} loading={cases.isRefetching}>
          {t('inbox.refresh')}
        </Button>
      </div>
      <Card className="inbox-card">
        <Flex vertical gap={12}>
          <SavedViews filters={filters} onPick={(key) => apply(viewFilters(key))} />
          <InboxFilters
            filters={filters}
            taxonomy={taxonomy.data}
            onChange={(patch) => apply({ ...filters, ...patch })}
            onReset={() => apply(EMPTY_FILTERS)}
          />
          {cases.isError ? (
            <QueryError error={cases.error} onRetry={() => void cases.refetch()} />
          ) : (
            <CaseTable cases={rows} loading={cases.isPending} meId={me.id} linkTo={(c) => `/console/cases/${c.id}`} />
          )}
          {cases.hasNextPage && (
            <div className="load-more">
              <Button onClick={() => void cases.fetchNextPage()} loading={cases.isFetchingNextPage} data-testid="load-more">
                {t('inbox.loadMore')}
              </Button>
            </div>
          )}
          {!cases.isPending && rows.length > 0 && (
            <Typography.Text type="secondary">{t('inbox.shown', { count: rows.length })}</Typography.Text>
          )}
        </Flex>
      </Card>
    </>
  );
}
