import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import zhHans from './locales/zh-Hans.json';
import zhHant from './locales/zh-Hant.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const locales = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en } as Record<string, Tree>;
const flat = Object.fromEntries(Object.entries(locales).map(([lang, tree]) => [lang, flatten(tree)]));
const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  const reference = [...flat['zh-Hans'].keys()].sort();

  it.each(['zh-Hant', 'en'])('%s has exactly the keys of zh-Hans', (lang) => {
    expect([...flat[lang].keys()].sort()).toEqual(reference);
  });

  it.each(Object.keys(flat))('%s has no empty texts', (lang) => {
    const empty = [...flat[lang]].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('uses the same interpolation variables in every language', () => {
    for (const key of reference) {
      const expected = vars(flat['zh-Hans'].get(key)!);
      for (const lang of ['zh-Hant', 'en']) {
        expect({ key, lang, vars: vars(flat[lang].get(key)!) }).toEqual({ key, lang, vars: expected });
      }
    }
  });
});
