import { Cascader } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDivisionLoader } from '../../../api/queries';
import type { Division, LangCode } from '../../../api/types';
import { divisionName } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  division: Division;
  children?: Option[];
  loading?: boolean;
}

const toOption = (d: Division, lang: LangCode): Option => ({
  value: d.code,
  label: divisionName(d, lang),
  isLeaf: d.level >= 3,
  division: d,
});

/** Names the loaded options again in another language, in place (loadData keeps references to them). */
function relabel(options: Option[], lang: LangCode) {
  for (const o of options) {
    o.label = divisionName(o.division, lang);
    if (o.children) relabel(o.children, lang);
  }
}

/**
 * Province -> city -> district, each level loaded when opened. A division without children
 * (e.g. 东莞市, or Hong Kong) is selected as it is.
 */
export function DivisionCascader({
  value,
  onChange,
  id,
}: {
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const load = useDivisionLoader();
  const [options, setOptions] = useState<Option[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    load('')
      .then((res) => live && setOptions(res.items.map((d) => toOption(d, lang))))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
    // Loads the provinces once.
  }, []);

  useEffect(() => {
    setOptions((o) => {
      relabel(o, lang);
      return [...o];
    });
  }, [lang]);

  const loadData = (selected: Option[]) => {
    const target = selected[selected.length - 1];
    target.loading = true;
    setOptions((o) => [...o]);
    load(target.value)
      .then((res) => {
        target.loading = false;
        if (res.items.length === 0) {
          target.isLeaf = true;
          target.children = undefined;
          onChange?.(selected.map((o) => o.value));
        } else {
          target.children = res.items.map((d) => toOption(d, lang));
        }
        setOptions((o) => [...o]);
      })
      .catch(() => {
        target.loading = false;
        setFailed(true);
        setOptions((o) => [...o]);
      });
  };

  return (
    <Cascader<Option>
      id={id}
      options={options}
      loadData={loadData}
      value={value}
      onChange={(v) => onChange?.((v as string[] | undefined) ?? [])}
      placeholder={t('complain.regionPlaceholder')}
      status={failed ? 'warning' : undefined}
      notFoundContent={failed ? t('complain.regionFailed') : undefined}
      className="division-cascader"
      popupClassName="division-cascader-popup"
      data-testid="division-cascader"
    />
  );
}
