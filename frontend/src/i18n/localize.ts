import type { AssociationRef, Division, LangCode } from '../api/types';
import { HTML_LANG } from './index';

/** The association's name in the given language, falling back to its default name. */
export function localName(ref: AssociationRef, lang: LangCode): string {
  return ref.names?.[lang] || ref.name || ref.code;
}

/** A division's name in the given language, falling back to its Simplified name, then its code. */
export function divisionName(d: Pick<Division, 'code' | 'name' | 'names'>, lang: LangCode): string {
  return d.names?.[lang] || d.name || d.code;
}

/** Formats an RFC 3339 timestamp for display in China time, where the cases' dates are
 * counted, whatever the browser's zone; returns the input if unparsable. */
export function formatDateTime(value: string | undefined, lang: LangCode): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(HTML_LANG[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(d);
}

/** A name in the given language, falling back to Simplified Chinese, then any. */
export function pickName(names: Partial<Record<LangCode, string>> | undefined, lang: LangCode, fallback = ''): string {
  if (!names) return fallback;
  return names[lang] || names['zh-Hans'] || names.en || fallback;
}

/** Formats a calendar date (YYYY-MM-DD) for display; returns the input if unparsable. */
export function formatDate(value: string | null | undefined, lang: LangCode): string {
  if (!value) return '';
  const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(HTML_LANG[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

/** Formats a decimal yuan amount ("1299.00") as money, ¥1,299.00 in every language. */
export function formatAmount(value: string | null | undefined, lang: LangCode): string {
  if (value === null || value === undefined || value === '') return '';
  const n = Number(value);
  if (!Number.isFinite(n)) return value;
  return new Intl.NumberFormat(HTML_LANG[lang], { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' }).format(n);
}

/** Formats a byte count: 950 B, 12.3 KB, 4.5 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The text of a three-language object in the UI language, else Simplified Chinese, else any language. */
export function pickLocalized(text: Partial<Record<LangCode, string>> | null | undefined, lang: LangCode): string {
  if (!text) return '';
  return text[lang] || text['zh-Hans'] || text['zh-Hant'] || text.en || '';
}
