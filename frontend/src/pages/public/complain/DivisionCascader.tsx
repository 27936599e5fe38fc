import { Cascader } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDivisionLoader } from '../../../api/queries';
import type { Division } from '../../../api/types';

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
  loading?: boolean;
}

const toOption = (d: Division): Option => ({ value: d.code, label: d.name, isLeaf: d.level >= 3 });

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
  const load = useDivisionLoader();
  const [options, setOptions] = useState<Option[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    load('')
      .then((res) => live && setOptions(res.items.map(toOption)))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
    // Loads the provinces once.
  }, []);

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
          target.children = res.items.map(toOption);
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
