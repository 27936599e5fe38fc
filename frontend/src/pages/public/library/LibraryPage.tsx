import { Alert, Button, Card, Empty, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCaseStudies, useTaxonomy } from '../../../api/queries';
import type { CaseStudyQuery } from '../../../api/types';
import { RegionName } from '../../../components/RegionName';
import { pickName } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';
import { useDescribeError } from '../../../hooks/useNotifyError';
import { chinaToday } from '../../../lib/deadline';

export const LIBRARY_OUTCOMES = ['agreement', 'business_remedied', 'failed', 'terminated'] as const;
const FILTERS = ['q', 'category', 'tag', 'outcome', 'year'] as const;

/** The search of the URL query. */
export function libraryParams(sp: URLSearchParams): CaseStudyQuery {
  const p: CaseStudyQuery = {};
  for (const k of FILTERS) {
    const v = sp.get(k);
    if (v) p[k] = v;
  }
  return p;
}

function years(now = Number(chinaToday().slice(0, 4))): number[] {
  return Array.from({ length: 6 }, (_, i) => now - i);
}

/** The public case library: published, anonymized case studies. */
export function LibraryPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const describe = useDescribeError();
  const [sp, setSp] = useSearchParams();
  const params = libraryParams(sp);
  const search = useCaseStudies(params);
  const taxonomy = useTaxonomy();

  const set = (k: (typeof FILTERS)[number], v: string | undefined) => {
    const next = new URLSearchParams(sp);
    if (v) next.set(k, v);
    else next.delete(k);
    setSp(next, { replace: true });
  };
  const categoryName = (code?: string) => {
    const c = taxonomy.data?.categories.find((x) => x.code === code);
    return c ? pickName(c.names, lang, code) : code;
  };
  const items = search.data?.pages.flatMap((p) => p.items ?? []) ?? [];
  const total = search.data?.pages[0]?.total;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="library">
      <div>
        <Typography.Title level={2}>{t('library.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('library.intro')}</Typography.Paragraph>
      </div>
      <Input.Search
        key={params.q ?? ''}
        defaultValue={params.q}
        placeholder={t('library.searchPlaceholder')}
        enterButton={t('library.search')}
        allowClear
        onSearch={(v) => set('q', v.trim() || undefined)}
        aria-label={t('library.search')}
        data-testid="library-search"
      />
      <Space wrap>
        <Select
          allowClear
          style={{ minWidth: 180 }}
          placeholder={t('library.category')}
          aria-label={t('library.category')}
          value={params.category}
          onChange={(v?: string) => set('category', v)}
          options={(taxonomy.data?.categories ?? [])
            .filter((c) => !c.parent)
            .map((c) => ({ value: c.code, label: pickName(c.names, lang, c.code) }))}
        />
        <Select
          allowClear
          style={{ minWidth: 160 }}
          placeholder={t('library.tag')}
          aria-label={t('library.tag')}
          value={params.tag}
          onChange={(v?: string) => set('tag', v)}
          options={(taxonomy.data?.tags ?? []).map((c) => ({ value: c.code, label: pickName(c.names, lang, c.code) }))}
        />
        <Select
          allowClear
          style={{ minWidth: 160 }}
          placeholder={t('library.outcome')}
          aria-label={t('library.outcome')}
          value={params.outcome}
          onChange={(v?: string) => set('outcome', v)}
          options={LIBRARY_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
        />
        <Select
          allowClear
          style={{ minWidth: 120 }}
          placeholder={t('library.year')}
          aria-label={t('library.year')}
          value={params.year}
          onChange={(v?: string) => set('year', v)}
          options={years().map((y) => ({ value: String(y), label: String(y) }))}
        />
      </Space>

      {search.isError && <Alert type="error" showIcon title={describe(search.error)} />}
      {total !== undefined && <Typography.Text type="secondary">{t('library.total', { count: total })}</Typography.Text>}
      <List
        loading={search.isPending}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('library.empty')} /> }}
        renderItem={(s) => (
          <List.Item key={s.slug} data-testid="library-item">
            <Card size="small" style={{ width: '100%' }}>
              <Typography.Title level={4} style={{ marginTop: 0 }}>
                <Link to={`/library/${encodeURIComponent(s.slug)}`}>{s.title}</Link>
              </Typography.Title>
              <Space wrap size={[8, 4]}>
                {s.facts.category && <Tag color="blue">{pickName(s.facts.category_names, lang, categoryName(s.facts.category))}</Tag>}
                {s.facts.outcome && <Tag color="green">{t(`outcome.${s.facts.outcome}`, { defaultValue: s.facts.outcome })}</Tag>}
                {(s.facts.region_code || s.facts.region_name) && (
                  <Typography.Text type="secondary">
                    <RegionName code={s.facts.region_code} name={s.facts.region_name} />
                  </Typography.Text>
                )}
                {s.facts.period && <Typography.Text type="secondary">{s.facts.period}</Typography.Text>}
              </Space>
            </Card>
          </List.Item>
        )}
      />
      {search.hasNextPage && (
        <Button block loading={search.isFetchingNextPage} onClick={() => void search.fetchNextPage()} data-testid="library-more">
          {t('library.more')}
        </Button>
      )}
    </Space>
  );
}
