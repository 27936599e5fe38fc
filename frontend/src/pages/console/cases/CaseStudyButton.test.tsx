import { afterEach, describe, expect, it, vi } from 'vitest';
import { useParams } from 'react-router';
import type { Case } from '../../../api/types';
import { bodyText, cleanup, click, render, waitFor } from '../../../test/dom';
import { TestApp } from '../../../test/TestApp';
import { CaseStudyButton } from './CaseStudyButton';

const closed = { id: 42, status: 'closed', outcome: 'agreement', consent_to_publish: true } as Case;

function Editor() {
  return <p>editor {useParams().id}</p>;
}

const none = () => new Response(null, { status: 204 });

function routes(c: Case) {
  return [
    { path: '/case', element: <CaseStudyButton c={c} canWork /> },
    { path: '/console/studies/:id', Component: Editor },
  ];
}

afterEach(cleanup);

describe('CaseStudyButton', () => {
  it('drafts a case study from a closed case and opens its editor', async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.method === 'POST'
        ? Response.json({ id: 77, case_id: 42, status: 'draft', version: 1 }, { status: 201, headers: { ETag: '"1"' } })
        : none(),
    );
    vi.stubGlobal('fetch', fetchMock);
    await render(<TestApp routes={routes(closed)} path="/case" />);
    const button = await waitFor(() => document.querySelector<HTMLButtonElement>('[data-testid="draft-study"]:not([disabled])'));
    await click(button);
    await waitFor(() => bodyText().includes('editor 77'));
    expect(fetchMock.mock.calls.some(([url, init]) => url === '/api/v1/cases/42/case-study' && init?.method === 'POST')).toBe(true);
  });

  it('opens the existing study instead of drafting another', async () => {
    const fetchMock = vi.fn(async (_url: string) => Response.json({ id: 5, case_id: 42, status: 'published', version: 3 }));
    vi.stubGlobal('fetch', fetchMock);
    await render(<TestApp routes={routes(closed)} path="/case" />);
    await click(await waitFor(() => document.querySelector('[data-testid="open-study"]')));
    await waitFor(() => bodyText().includes('editor 5'));
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/api/v1/cases/42/case-study']);
  });

  it('cannot draft without the consumer’s consent, nor from an open case', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => none()));
    await render(<TestApp routes={routes({ ...closed, consent_to_publish: false })} path="/case" />);
    const button = await waitFor(() => document.querySelector<HTMLButtonElement>('[data-testid="draft-study"]'));
    expect(button.disabled).toBe(true);
    await cleanup();
    await render(<TestApp routes={routes({ ...closed, status: 'in_mediation', outcome: undefined })} path="/case" />);
    expect(document.querySelector('[data-testid="draft-study"]')).toBeNull();
  });
});
