import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n';
import { cleanup, render, waitFor } from '../test/dom';
import { TestApp } from '../test/TestApp';
import { RegionName } from './RegionName';

const provinces = [{ code: '440000', name: '广东省', names: { 'zh-Hans': '广东省', 'zh-Hant': '廣東省', en: 'Guangdong' }, level: 1 }];

function regions() {
  return [
    {
      path: '/',
      element: (
        <>
          <p id="province">
            <RegionName code="440000" name="广东省" />
          </p>
          <p id="country">
            <RegionName code="000000" name="全国" />
          </p>
          <p id="unknown">
            <RegionName code="990000" name="某地" />
          </p>
        </>
      ),
    },
  ];
}

afterEach(async () => {
  await cleanup();
  await setLanguage('zh-Hans');
});

describe('RegionName', () => {
  it("names a case study's region in the UI language", async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ items: provinces })));
    await act(() => setLanguage('en'));
    await render(<TestApp routes={regions()} path="/" />);
    const text = (id: string) => document.getElementById(id)?.textContent;
    await waitFor(() => text('province') === 'Guangdong');
    expect(text('country')).toBe('Nationwide');
    // A code the list lacks keeps the server's name.
    expect(text('unknown')).toBe('某地');
  });
});
