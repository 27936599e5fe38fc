import { describe, expect, it } from 'vitest';
import { pickLocalized } from './localize';

describe('pickLocalized', () => {
  const finding = { 'zh-Hans': '退款难', 'zh-Hant': '退款難', en: 'Refunds are hard' };
  it('picks the UI language', () => {
    expect(pickLocalized(finding, 'zh-Hant')).toBe('退款難');
    expect(pickLocalized(finding, 'en')).toBe('Refunds are hard');
  });
  it('falls back to Simplified Chinese, then any language', () => {
    expect(pickLocalized({ 'zh-Hans': '退款难', en: '' }, 'en')).toBe('退款难');
    expect(pickLocalized({ en: 'Only English' }, 'zh-Hant')).toBe('Only English');
    expect(pickLocalized(undefined, 'en')).toBe('');
  });
});
