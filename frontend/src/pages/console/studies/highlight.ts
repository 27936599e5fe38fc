// The anonymizer (domain/anonymize) writes fixed typed placeholders such as "[手机号]" where
// it removed personal data, and keeps the removed spans in order of appearance. Splitting
// the text at the placeholders lets the editor mark them and say what each replaced.
import type { AnonymizedSpan } from '../../../api/types';

/** Placeholder text by span type (anonymize.Placeholder). */
export const PLACEHOLDERS: Record<string, string> = {
  name: '[姓名]',
  mobile: '[手机号]',
  landline: '[电话]',
  id_number: '[身份证号]',
  bank_card: '[银行卡号]',
  email: '[邮箱]',
  uscc: '[统一社会信用代码]',
  address: '[地址]',
  order_number: '[订单号]',
  plate: '[车牌号]',
  url: '[链接]',
  social_id: '[社交账号]',
  // Not the anonymizer's: an age the study's text may not state (its age band is left out).
  age: '[年龄]',
};

const TYPE_OF = new Map(Object.entries(PLACEHOLDERS).map(([type, text]) => [text, type]));
const escape = (s: string) => s.replace(/[[\]]/g, '\\$&');
const PATTERN = new RegExp(`${[...TYPE_OF.keys(), '[已删除]'].map(escape).join('|')}`, 'g');

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; text: string; type: string; original?: string };

/**
 * Splits text into plain runs and placeholders. The n-th placeholder is paired with the
 * n-th span when their types agree, so an edited text still marks every placeholder and
 * shows the original only where the pairing is certain.
 */
export function segments(text: string, spans: readonly AnonymizedSpan[] | null | undefined): Segment[] {
  const out: Segment[] = [];
  const list = spans ?? [];
  let at = 0;
  let n = 0;
  for (const m of text.matchAll(PATTERN)) {
    const start = m.index ?? 0;
    if (start > at) out.push({ kind: 'text', text: text.slice(at, start) });
    const type = TYPE_OF.get(m[0]) ?? 'unknown';
    const span = list[n];
    out.push({ kind: 'placeholder', text: m[0], type, original: span && span.type === type ? span.text : undefined });
    n++;
    at = start + m[0].length;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}

/** How many of each type the anonymizer replaced, most first. */
export function replacedCounts(spans: readonly AnonymizedSpan[] | null | undefined): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of spans ?? []) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** The UTF-16 index in text of a UTF-8 byte offset (the server's spans count bytes). */
export function indexOfByte(text: string, byte: number): number {
  let bytes = 0;
  let i = 0;
  for (const ch of text) {
    if (bytes >= byte) return i;
    const cp = ch.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += ch.length;
  }
  return i;
}

/** A finding in its context: a few characters either side of the found text. */
export function findingContext(text: string, start: number, end: number, around = 10) {
  const i = indexOfByte(text, start);
  const j = indexOfByte(text, end);
  const from = Math.max(0, i - around);
  const to = Math.min(text.length, j + around);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, i),
    found: text.slice(i, j),
    after: text.slice(j, to) + (to < text.length ? '…' : ''),
  };
}
