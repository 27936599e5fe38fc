import { useCallback, useMemo } from 'react';
import { flattenAssociations, useAssociations, useTaxonomy } from '../../api/queries';
import type { Names } from '../../api/types';
import { localName, pickName } from '../../i18n/localize';
import { useLang } from '../../i18n/useLang';

/** Names of taxonomy codes (categories, tags, reject reasons) in the UI language. */
export function useTaxonomyNames() {
  const lang = useLang();
  const taxonomy = useTaxonomy();
  const data = taxonomy.data;
  const find = useCallback(
    <T extends { code: string; names: Names }>(list: T[] | undefined, code: string): T | undefined =>
      list?.find((x) => x.code === code),
    [],
  );
  return {
    taxonomy: data,
    lang,
    category: (code: string) => pickName(find(data?.categories, code)?.names, lang, code),
    /** "first level / second level" for a second-level code */
    categoryPath: (code: string) => {
      const c = find(data?.categories, code);
      if (!c) return code;
      const parent = c.parent ? find(data?.categories, c.parent) : undefined;
      const own = pickName(c.names, lang, code);
      return parent ? `${pickName(parent.names, lang, parent.code)} / ${own}` : own;
    },
    tag: (code: string) => pickName(find(data?.tags, code)?.names, lang, code),
    rejectReason: (code: string) => find(data?.reject_reasons, code),
  };
}

/** Names associations by code in the UI language (the tree is public). */
export function useAssociationNamer() {
  const lang = useLang();
  const associations = useAssociations();
  const byCode = useMemo(
    () => new Map(flattenAssociations(associations.data ?? []).map((a) => [a.code, a])),
    [associations.data],
  );
  return useCallback(
    (code: string) => {
      const a = byCode.get(code);
      return a ? localName(a, lang) : code;
    },
    [byCode, lang],
  );
}
