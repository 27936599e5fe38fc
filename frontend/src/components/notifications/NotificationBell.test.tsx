import { afterEach, describe, expect, it, vi } from 'vitest';
import { Outlet } from 'react-router';
import type { AppNotification, Me } from '../../api/types';
import { NotificationsPage } from '../../pages/console/NotificationsPage';
import { bodyText, cleanup, click, findByText, render, waitFor } from '../../test/dom';
import { TestApp } from '../../test/TestApp';
import { NotificationBell } from './NotificationBell';

const staff: Me = { id: 3, email: 'gz.mediator@example.org', name: '王调解', kind: 'staff', is_platform_admin: false, memberships: [] };
const consumer: Me = { ...staff, id: 9, kind: 'consumer', name: '张伟' };

const notice = (id: number, read = false, caseId: number | null = 7): AppNotification => ({
  id,
  case_id: caseId,
  kind: 'case_assigned',
  subject: `通知 ${id}`,
  body: `正文 ${id}`,
  created_at: '2026-11-28T08:00:00Z',
  read_at: read ? '2026-11-28T09:00:00Z' : null,
});

/** A notification API in memory: GET pages by cursor, POST marks read. */
function serve(all: AppNotification[], myCases: { id: number; tracking_number: string }[] = []) {
  const posts: unknown[] = [];
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const u = new URL(url, 'http://x');
    if (u.pathname === '/api/v1/notifications/read') {
      const body = JSON.parse(String(init?.body)) as { ids?: number[]; all?: boolean };
      posts.push(body);
      let marked = 0;
      for (const n of all) {
        if (!n.read_at && (body.all || body.ids?.includes(n.id))) {
          n.read_at = '2026-11-29T00:00:00Z';
          marked++;
        }
      }
      return Response.json({ marked });
    }
    if (u.pathname === '/api/v1/notifications') {
      const limit = Number(u.searchParams.get('limit'));
      const from = Number(u.searchParams.get('cursor') || 0);
      const items = all.slice(from, from + limit);
      const next = from + limit < all.length ? String(from + limit) : undefined;
      return Response.json({ items, unread: all.filter((n) => !n.read_at).length, next_cursor: next });
    }
    if (u.pathname === '/api/v1/my/cases') return Response.json({ items: myCases });
    return Response.json({ code: 'not_found' }, { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return posts;
}

const bell = () => document.querySelector<HTMLElement>('[data-testid="notification-bell"]')!;

function routes(me: Me) {
  return [
    { path: '/', element: <NotificationBell me={me} /> },
    { path: '/console/cases/:id', element: <p>case page</p> },
    { path: '/my/:tn', element: <p>my case page</p> },
    { path: '/console', element: <Outlet context={me} />, children: [{ path: 'notifications', Component: NotificationsPage }] },
  ];
}

afterEach(cleanup);

describe('NotificationBell', () => {
  it('shows the unread count and marks all read', async () => {
    const posts = serve([notice(2), notice(1), notice(0, true)]);
    await render(<TestApp routes={routes(staff)} path="/" />);
    await waitFor(() => bell().title === '通知：2 条未读');

    await click(bell());
    await findByText('通知 2');
    expect(document.querySelectorAll('[data-testid="notification-item"][data-unread]')).toHaveLength(2);
    await click(document.querySelector('[data-testid="notifications-mark-all"]')!);
    await waitFor(() => bell().title === '通知：0 条未读');
    expect(posts).toEqual([{ all: true }]);
    expect(document.querySelectorAll('[data-testid="notification-item"][data-unread]')).toHaveLength(0);
  });

  it("marks a notice read and opens its case in the console for staff", async () => {
    const posts = serve([notice(2), notice(1)]);
    await render(<TestApp routes={routes(staff)} path="/" />);
    await waitFor(() => bell().title === '通知：2 条未读');
    await click(bell());
    await click((await findByText('通知 1')).closest('button')!);
    await findByText('case page');
    expect(posts).toEqual([{ ids: [1] }]);
  });

  it("opens a consumer's own case by its tracking number", async () => {
    serve([notice(1, false, 42)], [{ id: 42, tracking_number: 'GD-GZ-20261128-0001' }]);
    await render(<TestApp routes={routes(consumer)} path="/" />);
    await waitFor(() => bell().title === '通知：1 条未读');
    await click(bell());
    await click((await findByText('通知 1')).closest('button')!);
    await findByText('my case page');
  });
});

describe('NotificationsPage', () => {
  it('lists every notice with load more', async () => {
    serve(Array.from({ length: 25 }, (_, i) => notice(25 - i, i >= 3)));
    await render(<TestApp routes={routes(staff)} path="/console/notifications" />);
    await waitFor(() => document.querySelectorAll('[data-testid="notification-item"]').length === 20);
    expect(bodyText()).toContain('未读 3 条');
    await click(document.querySelector('[data-testid="notifications-more"]')!);
    await waitFor(() => document.querySelectorAll('[data-testid="notification-item"]').length === 25);
    expect(document.querySelector('[data-testid="notifications-more"]')).toBeNull();
  });
});
