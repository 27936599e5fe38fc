import { afterEach, describe, expect, it, vi } from 'vitest';
import { useParams } from 'react-router';
import { bodyText, cleanup, click, render, waitFor } from '../../../test/dom';
import { TestApp } from '../../../test/TestApp';
import { MyCasesPage } from './MyCasesPage';

function Opened() {
  return <p>opened {useParams().tn}</p>;
}

const routes = [
  { path: '/my', Component: MyCasesPage },
  { path: '/my/:tn', Component: Opened },
  { path: '/login', element: <p>login page</p> },
];

const consumer = { id: 5, email: 'consumer@redress.test', name: '张伟', kind: 'consumer', is_platform_admin: false, memberships: [] };
const kase = { id: 9, tracking_number: 'GZ-2026-000079', status: 'submitted', title: '空调安装后不制冷', received_at: '2026-11-29T04:00:00Z' };

afterEach(cleanup);

describe('MyCasesPage', () => {
  it("lists the consumer's complaints and opens one by its tracking number", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => (url === '/api/v1/me' ? Response.json(consumer) : Response.json({ items: [kase] }))),
    );
    await render(<TestApp routes={routes} path="/my" />);
    const item = await waitFor(() => document.querySelector('[data-testid="my-case"]'));
    expect(item.textContent).toContain('空调安装后不制冷');
    await click(item);
    await waitFor(() => bodyText().includes('opened GZ-2026-000079'));
  });

  it('sends visitors who are not logged in to the login page', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json({ status: 401, code: 'unauthorized' }, { status: 401, headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    );
    await render(<TestApp routes={routes} path="/my" />);
    await waitFor(() => bodyText().includes('login page'));
    expect(bodyText()).not.toContain('空调');
  });
});
