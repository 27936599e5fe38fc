import { afterEach, describe, expect, it, vi } from 'vitest';
import { bodyText, cleanup, click, render, type, waitFor } from '../../test/dom';
import { TestApp } from '../../test/TestApp';
import { LoginPage } from './LoginPage';

const routes = [
  { path: '/login', Component: LoginPage },
  { path: '/console', element: <p>console home</p> },
];

async function fillAndSubmit(container: HTMLElement, email: string, password: string) {
  const emailInput = container.querySelector<HTMLInputElement>('input#login_email')!;
  const passwordInput = container.querySelector<HTMLInputElement>('input#login_password')!;
  expect(emailInput).toBeTruthy();
  expect(passwordInput).toBeTruthy();
  await type(emailInput, email);
  await type(passwordInput, password);
  await click(container.querySelector('button[type="submit"]')!);
}

afterEach(cleanup);

describe('LoginPage', () => {
  it('posts the credentials and shows the server error detail on 401', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            type: 'about:blank',
            title: 'Unauthorized',
            status: 401,
            detail: 'Server says: wrong email or password.',
            code: 'unauthorized',
            request_id: 'req-1',
          }),
          { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    );
    vi.stubGlobal('fetch', fetchMock);

    const container = await render(<TestApp routes={routes} path="/login" />);
    expect(bodyText()).toContain('工作人员登录');
    await fillAndSubmit(container, 'gd.admin@redress.test', 'wrong-password');

    const alert = await waitFor(() => document.querySelector('[data-testid="login-error"]'));
    expect(alert.textContent).toContain('Server says: wrong email or password.');

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/auth/login');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(JSON.parse(init.body as string)).toEqual({
      email: 'gd.admin@redress.test',
      password: 'wrong-password',
    });
    expect(bodyText()).not.toContain('console home');
  });

  it("shows the server's failure detail, written in the UI language", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              status: 401,
              detail: '邮箱或密码不正确。',
              code: 'unauthorized',
              reason: 'bad_credentials',
            }),
            { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
          ),
      ),
    );
    const container = await render(<TestApp routes={routes} path="/login" />);
    await fillAndSubmit(container, 'gd.admin@redress.test', 'wrong-password');
    const alert = await waitFor(() => document.querySelector('[data-testid="login-error"]'));
    expect(alert.textContent).toContain('邮箱或密码不正确。');
  });

  it('goes to /console after a successful login', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json({
          token: 't',
          csrf_token: 'c',
          expires_at: '2030-01-01T00:00:00Z',
          user: { id: 1, email: 'gd.admin@redress.test', name: 'GD Admin' },
        }),
      ),
    );
    const container = await render(<TestApp routes={routes} path="/login" />);
    await fillAndSubmit(container, 'gd.admin@redress.test', 'redress-demo');
    await waitFor(() => bodyText().includes('console home'));
  });

  it('validates the form before calling the server', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const container = await render(<TestApp routes={routes} path="/login" />);
    await click(container.querySelector('button[type="submit"]')!);
    await waitFor(() => bodyText().includes('请输入邮箱'));
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
