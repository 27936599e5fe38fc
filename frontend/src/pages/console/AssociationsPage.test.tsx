import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../i18n';
import { bodyText, cleanup, render, waitFor } from '../../test/dom';
import { TestApp } from '../../test/TestApp';
import { AssociationsPage } from './AssociationsPage';

const routes = [{ path: '/console/associations', Component: AssociationsPage }];
const names = (hans: string, hant: string, en: string) => ({ 'zh-Hans': hans, 'zh-Hant': hant, en });
const associations = [
  { code: 'GD', name: '广东省消费者委员会', names: names('广东省消费者委员会', '廣東省消費者委員會', 'Guangdong Consumer Council'), parent: null, divisions: ['440000'] },
  { code: 'GD-GZ', name: '广州市消费者委员会', names: names('广州市消费者委员会', '廣州市消費者委員會', 'Guangzhou Consumer Council'), parent: 'GD', divisions: ['440100'] },
];
const divisions: Record<string, unknown[]> = {
  '/api/v1/divisions': [{ code: '440000', name: '广东省', names: names('广东省', '廣東省', 'Guangdong'), level: 1 }],
  // An older server without `names`: the Simplified name stands in.
  '/api/v1/divisions?parent=440000': [{ code: '440100', name: '广州市', level: 2, parent: '440000' }],
};

afterEach(async () => {
  await cleanup();
  await setLanguage('zh-Hans');
});

describe('AssociationsPage', () => {
  it('names the divisions an association covers in the UI language', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url === '/api/v1/associations' ? Response.json({ items: associations }) : Response.json({ items: divisions[url] ?? [] }),
      ),
    );
    await setLanguage('en');
    await render(<TestApp routes={routes} path="/console/associations" />);
    await waitFor(() => bodyText().includes('Guangdong Consumer Council') && bodyText().includes('Guangdong'));
    await waitFor(() => bodyText().includes('广州市'));
    expect(document.querySelector('[title="440000"]')?.textContent).toBe('Guangdong');

    await act(() => setLanguage('zh-Hant'));
    await waitFor(() => document.querySelector('[title="440000"]')?.textContent === '廣東省');
  });
});
