import { afterEach, describe, expect, it, vi } from 'vitest';
import { bodyText, cleanup, render, waitFor } from '../../../test/dom';
import { TestApp } from '../../../test/TestApp';
import { BusinessPage } from './BusinessPage';

const routes = [{ path: '/businesses/:id', Component: BusinessPage }];
const taxonomy = {
  categories: [{ code: 'appliances', names: { 'zh-Hans': '家用电子电器', 'zh-Hant': '家用電子電器', en: 'Appliances' } }],
  tags: [],
  reject_reasons: [],
};

function serve(reputation: Response) {
  const fetchMock = vi.fn(async (url: string) => (url === '/api/v1/taxonomy' ? Response.json(taxonomy) : reputation.clone()));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(cleanup);

describe('BusinessPage', () => {
  it("shows a business's figures over the last year", async () => {
    const fetchMock = serve(
      Response.json({
        business_id: 2,
        name: '深圳市永康通讯器材有限公司',
        complaints: 95,
        answered: 80,
        answered_share: 0.842,
        median_first_response_hours: 30.4,
        resolved: 40,
        resolution_rate: 0.5,
        period: { from: '2025-11-30', to: '2026-11-29' },
        top_categories: [{ key: 'appliances', count: 60 }],
      }),
    );
    await render(<TestApp routes={routes} path="/businesses/2" />);
    await waitFor(() => document.querySelector('[data-testid="business-page"]'));
    await waitFor(() => bodyText().includes('家用电子电器'));
    const text = bodyText();
    expect(text).toContain('深圳市永康通讯器材有限公司');
    expect(text).toContain('84.2%');
    expect(text).toContain('30 小时');
    expect(fetchMock.mock.calls.map(([url]) => url)).toContain('/api/v1/public/businesses/2');
  });

  it("shows the API's answer when there are too few complaints to publish figures", async () => {
    serve(
      Response.json(
        {
          status: 404,
          code: 'not_found',
          reason: 'too_few_complaints',
          detail: 'There are too few complaints about this business in the last year to publish figures (at least 10).',
        },
        { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    await render(<TestApp routes={routes} path="/businesses/8" />);
    const result = await waitFor(() => document.querySelector('[data-testid="business-unpublished"]'));
    expect(result.textContent).toContain('该商家近一年投诉较少，暂不公布数据');
    expect(result.textContent).toContain('(at least 10)');
    expect(document.querySelector('[data-testid="business-page"]')).toBeNull();
  });
});
