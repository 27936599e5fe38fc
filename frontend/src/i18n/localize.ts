import type { AssociationRef, LangCode } from '../api/types';
import { HTML_LANG } from './index';

/** The association's name in the given language, falling back to its default name. */
export function localName(ref: AssociationRef, lang: LangCode): string {
  return ref.names?.[lang] || ref.name || ref.code;
}

/** Formats an RFC 3339 timestamp for display; returns the input if unparsable. */
export function formatDateTime(value: string | undefined, lang: LangCode): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(HTML_LANG[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
