import { afterEach, describe, expect, it } from 'vitest';
import { LANG_STORAGE_KEY, setLanguage } from '../i18n';
import { bodyText, cleanup, click, queryAllByText, render, waitFor } from '../test/dom';
import { TestApp } from '../test/TestApp';
import { AppHeader } from './AppHeader';

const routes = [{ path: '/', element: <AppHeader /> }];

async function choose(label: string) {
  await click(document.querySelector('[data-testid="lang-switch"]')!);
  const item = await waitFor(() =>
    queryAllByText(label).find((el) => el.closest('.ant-dropdown-menu-item')),
  );
  await click(item.closest('.ant-dropdown-menu-item')!);
}

afterEach(async () => {
  await cleanup();
  await setLanguage('zh-Hans');
  localStorage.clear();
});

describe('LanguageSwitch', () => {
  it('switches the visible language and remembers it', async () => {
    await render(<TestApp routes={routes} path="/" />);
    expect(bodyText()).toContain('消费投诉调解平台');

    await choose('English');
    await waitFor(() => bodyText().includes('Consumer Complaint Mediation'));
    expect(bodyText()).not.toContain('消费投诉调解平台');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    await choose('繁體中文');
    await waitFor(() => bodyText().includes('消費投訴調解平台'));
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('zh-Hant');
  });
});
