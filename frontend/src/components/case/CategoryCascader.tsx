import { Cascader } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LangCode, Taxonomy } from '../../api/types';
import { pickName } from '../../i18n/localize';
import { useLang } from '../../i18n/useLang';

interface Option {
  value: string;
  label: string;
  children?: Option[];
}

/** The category tree (first level, then second) with names in the UI language. */
export function categoryOptions(taxonomy: Taxonomy | undefined, lang: LangCode): Option[] {
  if (!taxonomy) return [];
  const top = taxonomy.categories.filter((c) => !c.parent);
  return top.map((c) => {
    const children = taxonomy.categories
      .filter((s) => s.parent === c.code)
      .map((s) => ({ value: s.code, label: pickName(s.names, lang, s.code) }));
    return { value: c.code, label: pickName(c.names, lang, c.code), children: children.length ? children : undefined };
  });
}

/** Picks a category; a first level alone will do ("other" has no second level). */
export function CategoryCascader({
  taxonomy,
  value,
  onChange,
  id,
  placeholder,
  allowClear,
}: {
  taxonomy: Taxonomy | undefined;
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const options = useMemo(() => categoryOptions(taxonomy, lang), [taxonomy, lang]);
  return (
    <Cascader<Option>
      id={id}
      options={options}
      value={value}
      onChange={(v) => onChange?.((v as string[] | undefined) ?? [])}
      changeOnSelect
      allowClear={allowClear}
      showSearch
      placeholder={placeholder ?? t('complain.categoryPlaceholder')}
      className="category-cascader"
      data-testid="category-cascader"
    />
  );
}
