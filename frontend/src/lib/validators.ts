// Client-side checks that mirror the API's validation (domain/identity.go, domain/money.go,
// domain/complaint.go), so most mistakes are caught before a round trip.

/** A mainland China mobile number as the API stores it: 11 digits, 13x to 19x. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** Removes spaces (also full-width), dashes and a +86 / 0086 prefix, as the server does. */
export function normalizeMobile(value: string): string {
  const s = value.replace(/[\s\u3000-]/g, '');
  if (s.startsWith('+86')) return s.slice(3);
  if (s.startsWith('0086')) return s.slice(4);
  return s;
}

export function isMobile(value: string): boolean {
  return MOBILE_PATTERN.test(normalizeMobile(value));
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

/** The ISO 7064 MOD 11-2 check character of the first 17 digits of a resident ID. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK_CHARS[sum % 11];
}

/**
 * An 18-character resident identity number (GB 11643-1999): 17 digits holding a real birth
 * date between 1900 and 2099, then the MOD 11-2 check character (a digit or X, either case).
 */
export function isResidentId(value: string): boolean {
  const s = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (residentIdCheckChar(s) !== s[17]) return false;
  const year = Number(s.slice(6, 10));
  const month = Number(s.slice(10, 12));
  const day = Number(s.slice(12, 14));
  if (year < 1900 || year > 2099) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The 31 characters of a unified social credit code in value order (no I, O, Z, S, V). */
const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * An 18-character unified social credit code (GB 32100-2015): characters of the code's
 * set, a six-digit division code in positions 3 to 8, and the MOD 31 check character.
 */
export function isUscc(value: string): boolean {
  const s = value.trim().toUpperCase();
  if (s.length !== 18 || !/^\d{6}$/.test(s.slice(2, 8))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(s[i]);
    if (v < 0) return false;
    sum += v * USCC_WEIGHTS[i];
  }
  return s[17] === USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/** The largest amount the API accepts, in yuan. */
export const MAX_AMOUNT_YUAN = 100_000_000_000;

/** A non-negative decimal yuan amount with at most two decimals, as a string ("1299.00"). */
export function isAmount(value: string): boolean {
  const s = value.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return false;
  return Number(s) <= MAX_AMOUNT_YUAN;
}

/** Characters as the server counts them (Unicode code points, after trimming). */
export function charCount(value: string | undefined): number {
  return value ? [...value.trim()].length : 0;
}

export const NARRATIVE_MIN = 20;
export const NARRATIVE_MAX = 5000;
export const TITLE_MAX = 100;

/** A loose email check; the server has the final word. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

/** The first 17 characters of `id` with the correct check character appended. */
export function withResidentIdCheck(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}
