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
  /** extra headers, e.g. If-Match, Idempotency-Key, X-Access-Code */
  headers?: Record<string, string>;
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

/** The headers every call carries: JSON, the UI language, and CSRF on writes. */
function baseHeaders(method: string, extra?: Record<string, string>): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const lang = acceptLanguage();
  if (lang) headers['Accept-Language'] = lang;
  if (method !== 'GET') {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers[CSRF_HEADER] = csrf;
  }
  return { ...headers, ...extra };
}

async function send(path: string, opts: RequestOptions, accept?: string): Promise<Response> {
  const method = opts.method ?? 'GET';
  const headers = baseHeaders(method, opts.headers);
  if (accept) headers.Accept = accept;
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
  return res;
}

/** Calls the API and returns the parsed JSON body (undefined for 204) with the response headers. */
export async function apiResponse<T>(path: string, opts: RequestOptions = {}): Promise<{ data: T; headers: Headers }> {
  const res = await send(path, opts);
  if (res.status === 204 || res.status === 205) return { data: undefined as T, headers: res.headers };
  const text = await res.text();
  return { data: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
}

/**
 * Calls the API and returns the parsed JSON body (undefined for 204).
 * Non-GET requests carry the CSRF token from the `redress_csrf` cookie; the
 * session itself travels in the HttpOnly `redress_session` cookie.
 */
export async function api<T = void>(path: string, opts: RequestOptions = {}): Promise<T> {
  return (await apiResponse<T>(path, opts)).data;
}

/** Downloads a file from the API (e.g. an attachment that needs a header to open). */
export async function apiBlob(path: string, opts: RequestOptions = {}): Promise<Blob> {
  const res = await send(path, opts, '*/*');
  return res.blob();
}

export interface UploadOptions {
  file: Blob & { name?: string };
  /** further multipart fields, e.g. visibility */
  fields?: Record<string, string>;
  headers?: Record<string, string>;
  /** percent 0..100 */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

function parseJSON(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Uploads a file as the multipart field `file` (XMLHttpRequest, for upload progress) and
 * returns the parsed JSON answer; errors are ApiError like those of `api`.
 */
export function uploadFile<T>(path: string, opts: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    for (const [k, v] of Object.entries(baseHeaders('POST', opts.headers))) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && opts.onProgress) opts.onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      const data = parseJSON(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(data as T);
      } else {
        const problem = data && typeof data === 'object' ? (data as Problem) : {};
        reject(new ApiError(xhr.status, problem));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, { code: 'network' }));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    opts.signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    for (const [k, v] of Object.entries(opts.fields ?? {})) form.append(k, v);
    form.append('file', opts.file, opts.file.name ?? 'file');
    xhr.send(form);
  });
}
