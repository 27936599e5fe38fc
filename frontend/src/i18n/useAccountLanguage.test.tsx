import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, waitFor } from '../test/dom';
import { TestApp } from '../test/TestApp';
import type { Me } from '../api/types';
import i18n from './index';
import { useAccountLanguage } from './useAccountLanguage';

const me: Me = { id: 5, email: 'bj.mediator@redress.test', name: '王芳', kind: 'staff', is_platform_admin: false, locale: 'zh-Hans', memberships: [] };

function Probe({ user }: { user?: Me }) {
  useAccountLanguage(user);
  return <p>probe</p>;
}

afterEach(async () => {
  await cleanup();
  await i18n.changeLanguage('zh-Hans');
});

describe('useAccountLanguage', () => {
  it("saves the UI language as the account's when they differ", async () => {
    const fetch = vi.fn(async (_url: string, init?: RequestInit) =>
      Response.json({ ...me, locale: JSON.parse(String(init?.body)).locale }),
    );
    vi.stubGlobal('fetch', fetch);
    await i18n.changeLanguage('en');
    await render(<TestApp routes={[{ path: '/', element: <Probe user={me} /> }]} path="/" />);
    await waitFor(() => fetch.mock.calls.length > 0);
    const [url, init] = fetch.mock.calls[0]!;
    expect([url, init?.method, init?.body]).toEqual(['/api/v1/me', 'PATCH', JSON.stringify({ locale: 'en' })]);
  });

  it('sends nothing when they agree or nobody is signed in', async () => {
    const fetch = vi.fn(async () => Response.json(me));
    vi.stubGlobal('fetch', fetch);
    await render(<TestApp routes={[{ path: '/', element: <><Probe user={me} /><Probe /></> }]} path="/" />);
    await new Promise((r) => setTimeout(r, 50));
    expect(fetch).not.toHaveBeenCalled();
  });
});
