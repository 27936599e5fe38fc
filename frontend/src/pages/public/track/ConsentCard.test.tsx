import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Case } from '../../../api/types';
import { cleanup, click, render, waitFor } from '../../../test/dom';
import { TestApp } from '../../../test/TestApp';
import { ConsentCard } from './ConsentCard';

const kase = (over: Partial<Case> = {}) =>
  ({ id: 1, consent_to_publish: false, consumer: { is_minor: false }, ...over }) as unknown as Case;

const at = (c: Case) => [{ path: '/track', element: <ConsentCard c={c} tn="GZ-2026-000001" code="ABCDEFGH23" /> }];

afterEach(cleanup);

describe('ConsentCard', () => {
  it('gives consent with the access code', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => Response.json({}));
    vi.stubGlobal('fetch', fetchMock);
    await render(<TestApp routes={at(kase())} path="/track" />);
    await click(document.querySelector('[data-testid="consent-give"]')!);
    await waitFor(() => fetchMock.mock.calls.length > 0);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/v1/track/GZ-2026-000001/consent');
    expect((init.headers as Record<string, string>)['X-Access-Code']).toBe('ABCDEFGH23');
    expect(JSON.parse(init.body as string)).toEqual({ consent: true, guardian: false });
  });

  it("needs a guardian's consent for a minor's case", async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({})));
    await render(<TestApp routes={at(kase({ consumer: { is_minor: true } as Case['consumer'] }))} path="/track" />);
    const give = document.querySelector<HTMLButtonElement>('[data-testid="consent-give"]')!;
    expect(give.disabled).toBe(true);
    await click(document.querySelector('.ant-checkbox-input')!);
    expect(give.disabled).toBe(false);
  });

  it('offers to withdraw a given consent', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({})));
    await render(<TestApp routes={at(kase({ consent_to_publish: true }))} path="/track" />);
    expect(document.querySelector('[data-testid="consent-withdraw"]')).toBeTruthy();
    expect(document.querySelector('[data-testid="consent-state"]')!.textContent).toBe('已同意匿名公开');
  });
});
