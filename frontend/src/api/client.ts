import type { FieldError, Problem } from './types';

export const CSRF_COOKIE = 'redress_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** An error response from the API (or a network failure, with status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail?: string;
  readonly title?: string;
  readonly reason?: string;
  readonly fieldErrors: FieldError[];
  readonly requestId?: string;

  constructor(status: number, problem: Problem = {}) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code || (status === 0 ? 'network' : `http_${status}`);
    this.detail = problem.detail || undefined;
    this.title = problem.title || undefined;
    this.reason = problem.reason || undefined;
    this.fieldErrors = Array.isArray(problem.errors) ? problem.errors : [];
    this.requestId = problem.request_id || undefined;
  }
}

export function isApiError(err: unknown): err is ApiError {
  return err instanceof ApiError;
}

/** Reads a cookie visible to scripts (the session cookie itself is HttpOnly). */
export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      return decodeURIComponent(part.slice(eq + 1).trim());
    }
  }
  return undefined;
}

/** Returns the Accept-Language value for API calls; set by the i18n module. */
let acceptLanguage: () => string | undefined = () => undefined;
export function setAcceptLanguageSource(fn: () => string | undefined): void {
  acceptLanguage = fn;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

async function readProblem(res: Response): Promise<Problem> {
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('json')) return {};
  try {
    const data: unknown = await res.json();
    return data && typeof data === 'object' ? (data as Problem) : {};
  } catch {
    return {};
  }
}

/**
 * Calls the API and returns the parsed JSON body (undefined for 204).
 * Non-GET requests carry the CSRF token from the `redress_csrf` cookie; the
 * session itself travels in the HttpOnly `redress_session` cookie.
 */
export async function api<T = void>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  const lang = acceptLanguage();
  if (lang) headers['Accept-Language'] = lang;
  if (method !== 'GET') {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers[CSRF_HEADER] = csrf;
  }
  let body: string | undefined;
  if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }

  let res: Response;
  try {
    res = await fetch(path, { method, headers, body, credentials: 'same-origin', signal: opts.signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, { code: 'network' });
  }

  if (!res.ok) {
    throw new ApiError(res.status, await readProblem(res));
  }
  if (res.status === 204 || res.status === 205) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
