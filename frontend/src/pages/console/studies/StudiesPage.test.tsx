import { afterEach, describe, expect, it, vi } from 'vitest';
import { Outlet } from 'react-router';
import type { Me, Role } from '../../../api/types';
import { cleanup, render, waitFor } from '../../../test/dom';
import { TestApp } from '../../../test/TestApp';
import { StudiesPage } from './StudiesPage';

const GZ = { code: 'GD-GZ', name: '广州市消费者委员会' };
const me = (role: Role): Me => ({ id: 1, email: 'x@x', name: 'X', kind: 'staff', is_platform_admin: false, memberships: [{ association: GZ, role }] });
const routes = (m: Me) => [{ path: '/console', element: <Outlet context={m} />, children: [{ path: 'studies', Component: StudiesPage }] }];

const study = {
  id: 7,
  slug: 'abc',
  case_id: 42,
  status: 'submitted',
  title: '直播间保健品宣称治病退款案',
  narrative: '',
  mediator_action: '',
  lesson: '',
  tip: '',
  facts: { category: 'online_shopping', category_names: { 'zh-Hans': '网络购物' } },
  association: GZ,
  k: 6,
  l: 3,
  needs_review: false,
  spans: [],
  version: 2,
  updated_at: '2026-11-29T04:00:00Z',
};

afterEach(cleanup);

describe('StudiesPage', () => {
  it('opens on the studies awaiting review for a supervisor, each linking to its editor', async () => {
    const fetchMock = vi.fn(async (_url: string) => Response.json({ items: [study] }));
    vi.stubGlobal('fetch', fetchMock);
    await render(<TestApp routes={routes(me('supervisor'))} path="/console/studies" />);
    const link = await waitFor(() => document.querySelector<HTMLAnchorElement>('[data-testid="study-link"]'));
    expect(link.getAttribute('href')).toBe('/console/studies/7');
    expect(document.body.textContent).toContain('网络购物');
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/case-studies?status=submitted');
  });

  it("opens on a mediator's drafts", async () => {
    const fetchMock = vi.fn(async (_url: string) => Response.json({ items: [] }));
    vi.stubGlobal('fetch', fetchMock);
    await render(<TestApp routes={routes(me('mediator'))} path="/console/studies" />);
    await waitFor(() => fetchMock.mock.calls.length > 0);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/case-studies?status=draft');
  });
});
