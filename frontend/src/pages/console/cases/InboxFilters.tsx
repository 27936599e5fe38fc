import { ClearOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, WAITING_ON, type Taxonomy } from '../../../api/types';
import { pickName } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';
import { CategoryCascader } from '../../../components/case/CategoryCascader';
import type { InboxFilters as Filters } from './inboxParams';

/** The inbox filters; every change goes to the URL. */
export function InboxFilters({
  filters,
  taxonomy,
  onChange,
  onReset,
}: {
  filters: Filters;
  taxonomy: Taxonomy | undefined;
  onChange: (patch: Partial<Filters>) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const category = taxonomy?.categories.find((c) => c.code === filters.category);
  const categoryPath = category ? (category.parent ? [category.parent, category.code] : [category.code]) : undefined;
  return (
    <div className="inbox-filters" data-testid="inbox-filters">
      <Input.Search
        allowClear
        defaultValue={filters.q}
        key={filters.q}
        placeholder={t('inbox.searchPlaceholder')}
        onSearch={(q) => onChange({ q })}
        className="inbox-search"
        data-testid="inbox-search"
      />
      <Select
        mode="multiple"
        allowClear
        value={filters.status}
        onChange={(status) => onChange({ status })}
        placeholder={t('inbox.status')}
        options={CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        className="inbox-filter-wide"
        maxTagCount="responsive"
        aria-label={t('inbox.status')}
      />
      <CategoryCascader
        taxonomy={taxonomy}
        value={categoryPath}
        allowClear
        placeholder={t('inbox.category')}
        onChange={(path) => onChange({ category: path[path.length - 1] ?? '' })}
      />
      <Select
        allowClear
        value={filters.tag || undefined}
        onChange={(tag) => onChange({ tag: tag ?? '' })}
        placeholder={t('inbox.tag')}
        options={(taxonomy?.tags ?? []).map((tag) => ({ value: tag.code, label: pickName(tag.names, lang, tag.code) }))}
        className="inbox-filter"
        aria-label={t('inbox.tag')}
      />
      <Select
        value={filters.assignee}
        onChange={(assignee) => onChange({ assignee })}
        options={[
          { value: '', label: t('inbox.assigneeAnyone') },
          { value: 'me', label: t('inbox.assigneeMe') },
          { value: 'none', label: t('inbox.assigneeNone') },
        ]}
        className="inbox-filter"
        aria-label={t('inbox.assignee')}
      />
      <Select
        allowClear
        value={filters.waitingOn || undefined}
        onChange={(w) => onChange({ waitingOn: w ?? '' })}
        placeholder={t('inbox.waitingOn')}
        options={WAITING_ON.map((w) => ({ value: w, label: t(`waitingFilter.${w}`) }))}
        className="inbox-filter"
        aria-label={t('inbox.waitingOn')}
      />
      <Space.Compact className="inbox-range">
        <Input
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(e) => onChange({ from: e.target.value })}
          aria-label={t('inbox.from')}
          prefix={<span className="muted">{t('inbox.from')}</span>}
        />
        <Input
          type="date"
          value={filters.to}
          min={filters.from || undefined}
          onChange={(e) => onChange({ to: e.target.value })}
          aria-label={t('inbox.to')}
          prefix={<span className="muted">{t('inbox.to')}</span>}
        />
      </Space.Compact>
      <Select
        value={filters.sort}
        onChange={(sort) => onChange({ sort })}
        options={[
          { value: 'received', label: t('inbox.sortReceived') },
          { value: 'due', label: t('inbox.sortDue') },
        ]}
        className="inbox-filter"
        aria-label={t('inbox.sort')}
      />
      <Space size={8}>
        <Checkbox checked={filters.overdue} onChange={(e) => onChange({ overdue: e.target.checked })}>
          {t('inbox.overdueOnly')}
        </Checkbox>
        <Button icon={<ClearOutlined />} onClick={onReset}>
          {t('inbox.reset')}
        </Button>
      </Space>
    </div>
  );
}
