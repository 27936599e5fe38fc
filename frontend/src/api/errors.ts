import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { isApiError } from './client';
import type { FieldError } from './types';

type Exists = (key: string) => boolean;

/**
 * A human-readable, localized message for an error. The server writes its `detail` in
 * the UI language (every request carries it as Accept-Language, and a signed-in
 * account's language follows the UI's), so the detail comes first; without one, a
 * localized text by `reason`, then by `code`, then by HTTP status.
 */
export function describeError(err: unknown, t: TFunction, exists: Exists): string {
  if (!isApiError(err)) return t('errors.generic');
  if (err.detail) return err.detail;
  const byReason = err.reason ? `errors.reason.${err.reason}` : '';
  if (byReason && exists(byReason)) return t(byReason);
  const byCode = `errors.code.${err.code}`;
  if (exists(byCode)) return t(byCode);
  const byStatus = `errors.status.${err.status}`;
  if (exists(byStatus)) return t(byStatus);
  if (err.status >= 500) return t('errors.status.500');
  return t('errors.generic');
}

/** A field error: the server's message (in the UI language), else a text by its code. */
export function describeFieldError(fe: FieldError, t: TFunction, exists: Exists): string {
  if (fe.message) return fe.message;
  const key = `errors.field.${fe.code}`;
  if (fe.code && exists(key)) return t(key);
  return t('errors.generic');
}

/** Normalizes a server field name ("email", "body.email", "/email") to a form field name. */
export function formFieldName(field: string): string {
  const parts = field.split(/[./]/).filter(Boolean);
  return parts[parts.length - 1] ?? field;
}

/**
 * Puts the server's field errors onto the matching form fields.
 * Returns true if at least one error was shown on a field.
 */
export function applyFieldErrors(
  form: FormInstance,
  err: unknown,
  fields: readonly string[],
  t: TFunction,
  exists: Exists,
): boolean {
  if (!isApiError(err) || err.fieldErrors.length === 0) return false;
  const byField = new Map<string, string[]>();
  for (const fe of err.fieldErrors) {
    const name = formFieldName(fe.field);
    if (!fields.includes(name)) continue;
    const list = byField.get(name) ?? [];
    list.push(describeFieldError(fe, t, exists));
    byField.set(name, list);
  }
  if (byField.size === 0) return false;
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return true;
}
