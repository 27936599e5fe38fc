import { afterEach, describe, expect, it, vi } from 'vitest';
import { Outlet } from 'react-router';
import type { Me } from '../../../api/types';
import { bodyText, cleanup, click, render, waitFor } from '../../../test/dom';
import { TestApp } from '../../../test/TestApp';
import { SettingsPage } from './SettingsPage';

const GD = { code: 'GD', name: '广东省消费者委员会' };

function routes(me: Me) {
  return [{ path: '/console', element: <Outlet context={me} />, children: [{ path: 'settings', Component: SettingsPage }] }];
}

const year = new Date().getFullYear();

function api() {
  return vi.fn(async (url: string, init?: RequestInit) => {
    if (url.startsWith('/api/v1/calendar/')) {
      const body = init?.method === 'PUT' ? JSON.parse(init.body as string) : { holidays: [`${year}-10-01`], workdays: [`${year}-09-28`] };
      return Response.json({ year, ...body });
    }
    if (url === '/api/v1/associations/GD/deadline-rules') {
      return Response.json({
        items: [
          { association: null, effective_from: '2020-01-01', acceptance_days: 7, mediation_days: 60, business_response_days: 10, basis: '默认' },
          { association: 'GD', effective_from: '2026-01-01', acceptance_days: 5, mediation_days: 45, business_response_days: 7, basis: '省规定' },
        ],
      });
    }
    return Response.json({ items: [] });
  });
}

afterEach(cleanup);

describe('SettingsPage', () => {
  it("shows an association admin its deadline rules and the calendar, read only", async () => {
    vi.stubGlobal('fetch', api());
    const me: Me = { id: 1, email: 'a@x', name: 'A', kind: 'staff', is_platform_admin: false, memberships: [{ association: GD, role: 'admin' }] };
    await render(<TestApp routes={routes(me)} path="/console/settings" />);
    await waitFor(() => bodyText().includes('省规定'));
    expect(bodyText()).toContain('平台默认');
    await waitFor(() => document.querySelector('[data-testid="calendar-holidays"] .ant-tag'));
    expect(document.querySelector('[data-testid="calendar-save"]')).toBeNull();
    expect(document.querySelector('[data-testid="calendar-holidays"] .ant-tag-close-icon')).toBeNull();
  });

  it('lets a platform admin remove a holiday and save the year', async () => {
    const fetchMock = api();
    vi.stubGlobal('fetch', fetchMock);
    const me: Me = { id: 2, email: 'p@x', name: 'P', kind: 'staff', is_platform_admin: true, memberships: [] };
    await render(<TestApp routes={routes(me)} path="/console/settings" />);
    const close = await waitFor(() => document.querySelector('[data-testid="calendar-holidays"] .ant-tag-close-icon'));
    await click(close);
    await click(document.querySelector('[data-testid="calendar-save"]')!);
    await waitFor(() => fetchMock.mock.calls.some(([, init]) => init?.method === 'PUT'));
    const [url, init] = fetchMock.mock.calls.find(([, i]) => i?.method === 'PUT') as unknown as [string, RequestInit];
    expect(url).toBe(`/api/v1/calendar/${year}`);
    expect(JSON.parse(init.body as string)).toEqual({ holidays: [], workdays: [`${year}-09-28`] });
  });

  it("warns a platform admin of the next year's missing schedule, in the server's words", async () => {
    const warning = { missing_year: year + 1, message: `尚未导入 ${year + 1} 年的节假日安排` };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url.startsWith('/api/v1/calendar/')
          ? Response.json({ year, holidays: [], workdays: [], loaded: false, loaded_years: [year - 1], warning })
          : Response.json({ items: [] }),
      ),
    );
    const me: Me = { id: 2, email: 'p@x', name: 'P', kind: 'staff', is_platform_admin: true, memberships: [] };
    await render(<TestApp routes={routes(me)} path="/console/settings" />);
    const alert = await waitFor(() => document.querySelector('[data-testid="calendar-warning"]'));
    expect(alert.textContent).toContain(warning.message);
    expect(document.querySelector('[data-testid="calendar-not-loaded"]')?.textContent).toContain(`${year}`);
  });

  it('refuses staff who administer nothing', async () => {
    vi.stubGlobal('fetch', api());
    const me: Me = { id: 3, email: 'm@x', name: 'M', kind: 'staff', is_platform_admin: false, memberships: [{ association: GD, role: 'mediator' }] };
    await render(<TestApp routes={routes(me)} path="/console/settings" />);
    expect(document.querySelector('[data-testid="settings"]')).toBeNull();
    expect(bodyText()).toContain('403');
  });
});
