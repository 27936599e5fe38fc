import { afterEach, describe, expect, it, vi } from 'vitest';
import { bodyText, cleanup, click, render, type, waitFor } from '../../test/dom';
import { TestApp } from '../../test/TestApp';
import { MergeBusinessButton } from './MergeBusinessButton';

afterEach(cleanup);

describe('MergeBusinessButton', () => {
  it('finds the record to keep by name and merges into it', async () => {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (url.startsWith('/api/v1/public/businesses?q=')) {
        return Response.json({
          items: [
            { id: 3, name: '某某健康科技有限责任公司', complaints_last_year: 1, figures_published: false },
            { id: 7, name: '某某健康科技有限公司', complaints_last_year: 12, figures_published: true },
          ],
        });
      }
      if (url === '/api/v1/businesses/3/merge' && init?.method === 'POST') {
        return Response.json({ merged_id: 3, into_id: 7, cases_moved: 1, users_moved: 0, merged_at: '2026-12-06T00:00:00Z' });
      }
      return new Response(null, { status: 404 });
    });
    vi.stubGlobal('fetch', fetchMock);
    const routes = [{ path: '/', element: <MergeBusinessButton business={{ business_id: 3, name: '某某健康科技有限责任公司' }} /> }];
    await render(<TestApp routes={routes} path="/" />);
    await click(await waitFor(() => document.querySelector('[data-testid="merge-business"]')));
    const search = await waitFor(() => document.querySelector<HTMLInputElement>('[data-testid="merge-search"] input, input[data-testid="merge-search"]'));
    await type(search, '某某健康');
    // The record itself is not offered as the one to keep.
    const keep = await waitFor(() => document.querySelector('[data-testid="merge-into-7"] input, input[data-testid="merge-into-7"]'));
    expect(document.querySelector('[data-testid="merge-into-3"]')).toBeNull();
    await click(keep);
    await click(await waitFor(() => document.querySelector('[data-testid="merge-confirm"]:not([disabled])')));
    await waitFor(() => fetchMock.mock.calls.some(([url]) => url === '/api/v1/businesses/3/merge'));
    const [, init] = fetchMock.mock.calls.find(([url]) => url === '/api/v1/businesses/3/merge')!;
    expect(JSON.parse(String(init?.body))).toEqual({ into: 7 });
    await waitFor(() => bodyText().includes('已合并'));
  });
});
