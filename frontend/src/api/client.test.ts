import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api } from './client';
import { describeError, describeFieldError, formFieldName } from './errors';
import i18n from '../i18n';

function problem(status: number, body: object) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

afterEach(() => {
  document.cookie = 'redress_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

describe('api client', () => {
  it('sends the CSRF cookie as a header on non-GET requests', async () => {
    document.cookie = 'redress_csrf=tok%2B1; path=/';
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(api('/api/v1/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/auth/logout');
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok+1');
  });

  it('does not send the CSRF header on GET', async () => {
    document.cookie = 'redress_csrf=abc; path=/';
    const fetchMock = vi.fn(async () => Response.json({ items: [] }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(api('/api/v1/associations')).resolves.toEqual({ items: [] });
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect((init.headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined();
  });

  it('throws ApiError with status, code and field errors from problem+json', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        problem(422, {
          title: 'Unprocessable',
          status: 422,
          detail: 'email is invalid',
          code: 'validation_failed',
          errors: [{ field: 'email', code: 'invalid', message: 'not an email' }],
          request_id: 'r1',
        }),
      ),
    );
    const err = await api('/api/v1/x', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    const e = err as ApiError;
    expect([e.status, e.code, e.detail, e.requestId]).toEqual([422, 'validation_failed', 'email is invalid', 'r1']);
    expect(e.fieldErrors).toEqual([{ field: 'email', code: 'invalid', message: 'not an email' }]);
  });

  it('turns a network failure into ApiError status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const err = (await api('/api/v1/me').catch((e: unknown) => e)) as ApiError;
    expect([err.status, err.code]).toEqual([0, 'network']);
  });
});

describe('describeError', () => {
  const t = i18n.getFixedT('en');
  const exists = (k: string) => i18n.exists(k, { lng: 'en' });

  it('shows the server detail, written in the UI language, then a localized text for a known reason', () => {
    const zh = i18n.getFixedT('zh-Hans');
    const known = new ApiError(401, { detail: '邮箱或密码不正确。', code: 'unauthorized', reason: 'bad_credentials' });
    expect(describeError(known, t, exists)).toBe('邮箱或密码不正确。');
    expect(describeError(new ApiError(401, { code: 'unauthorized', reason: 'bad_credentials' }), zh, exists)).toBe('邮箱或密码不正确。');
    expect(describeError(new ApiError(401, { detail: 'nope', code: 'unauthorized', reason: 'brand_new' }), t, exists)).toBe('nope');
  });
  it('falls back to a localized text by code, then by status', () => {
    expect(describeError(new ApiError(401, { code: 'unauthorized' }), t, exists)).toBe('Please log in first.');
    expect(describeError(new ApiError(403, { code: 'some_new_code' }), t, exists)).toBe('You are not allowed to do this.');
    expect(describeError(new ApiError(418, {}), t, exists)).toBe('Something went wrong. Please try again later.');
    expect(describeError(new Error('x'), t, exists)).toBe('Something went wrong. Please try again later.');
  });
  it('shows the server message of a field error, else a text by its code', () => {
    expect(describeFieldError({ field: 'new_password', code: 'too_short', message: '密码至少 10 个字符。' }, t, exists)).toBe('密码至少 10 个字符。');
    expect(describeFieldError({ field: 'new_password', code: 'too_short', message: '' }, t, exists)).toBe('Too short');
    expect(describeFieldError({ field: 'x', code: 'odd', message: 'Odd value.' }, t, exists)).toBe('Odd value.');
  });
  it('normalizes server field names', () => {
    expect(['email', 'body.email', '/new_password'].map(formFieldName)).toEqual(['email', 'email', 'new_password']);
  });
});
