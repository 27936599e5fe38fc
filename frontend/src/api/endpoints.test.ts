import { afterEach, describe, expect, it, vi } from 'vitest';
import { caseListQuery, casesApi, complaintsApi, trackApi } from './endpoints';

type Call = [string, RequestInit];
const headersOf = (init: RequestInit) => init.headers as Record<string, string>;

afterEach(() => {
  document.cookie = 'redress_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

describe('endpoints', () => {
  it('files a complaint with the Idempotency-Key it is given', async () => {
    const fetchMock = vi.fn(async () => Response.json({ id: 1, tracking_number: 'GZ-2026-000001' }, { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);
    const body = {
      consumer: { name: '张伟', mobile: '13800138000', division_code: '440106' },
      business: { name: '某某公司' },
      category: 'food',
      title: 't',
      narrative: 'n',
    };
    await complaintsApi.file(body, 'key-1');
    await complaintsApi.file(body, 'key-1'); // a retry
    const [[url, init], [, again]] = fetchMock.mock.calls as unknown as Call[];
    expect([url, init.method]).toEqual(['/api/v1/complaints', 'POST']);
    expect(headersOf(init)['Idempotency-Key']).toBe('key-1');
    expect(headersOf(again)['Idempotency-Key']).toBe('key-1');
  });

  it('opens a tracked case with the access code in a header, never in the URL', async () => {
    const fetchMock = vi.fn(async () => Response.json({ case: {}, events: [] }));
    vi.stubGlobal('fetch', fetchMock);
    await trackApi.get('GZ-2026-000001', 'ABCDEFGH23');
    const [url, init] = fetchMock.mock.calls[0] as unknown as Call;
    expect(url).toBe('/api/v1/track/GZ-2026-000001');
    expect(headersOf(init)['X-Access-Code']).toBe('ABCDEFGH23');
  });

  it("opens a consumer's own case with their session: no access code, the CSRF token on writes", async () => {
    document.cookie = 'redress_csrf=tok; path=/';
    const fetchMock = vi.fn(async () => Response.json({ items: [] }));
    vi.stubGlobal('fetch', fetchMock);
    await trackApi.attachments('GZ-2026-000001', '');
    await trackApi.message('GZ-2026-000001', '', '补充说明');
    const [[url, get], [, post]] = fetchMock.mock.calls as unknown as Call[];
    expect(url).toBe('/api/v1/track/GZ-2026-000001/attachments');
    expect(headersOf(get)).not.toHaveProperty('X-Access-Code');
    expect(get.credentials).toBe('same-origin');
    expect(headersOf(post)).not.toHaveProperty('X-Access-Code');
    expect(headersOf(post)['X-CSRF-Token']).toBe('tok');
  });

  it('reads the ETag of a case and sends it back in If-Match', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(Response.json({ id: 7, version: 4 }, { headers: { ETag: '"4"' } }))
      .mockResolvedValueOnce(Response.json({ id: 7, version: 5 }, { headers: { ETag: '"5"' } }));
    vi.stubGlobal('fetch', fetchMock);
    const read = await casesApi.get(7);
    expect(read.etag).toBe('"4"');
    const next = await casesApi.transition(7, read.etag, { action: 'accept' });
    expect(next).toEqual({ case: { id: 7, version: 5 }, etag: '"5"' });
    const [url, init] = fetchMock.mock.calls[1] as unknown as Call;
    expect(url).toBe('/api/v1/cases/7/transitions');
    expect(headersOf(init)['If-Match']).toBe('"4"');
    expect(JSON.parse(init.body as string)).toEqual({ action: 'accept' });
  });

  it('builds the case list query', () => {
    expect(caseListQuery({})).toBe('');
    expect(
      caseListQuery({ status: ['submitted', 'accepted'], assignee: 'none', overdue: true, q: 'GZ-1', sort: 'due', cursor: 'c1' }),
    ).toBe('?status=submitted%2Caccepted&assignee=none&overdue=true&q=GZ-1&sort=due&cursor=c1');
  });
});
