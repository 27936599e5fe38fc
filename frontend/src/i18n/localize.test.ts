import { describe, expect, it } from 'vitest';
import { divisionName, pickLocalized } from './localize';

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

describe('divisionName', () => {
  const gd = { code: '440000', name: '广东省', names: { 'zh-Hans': '广东省', 'zh-Hant': '廣東省', en: 'Guangdong' } };
  it('picks the UI language', () => {
    expect(divisionName(gd, 'en')).toBe('Guangdong');
    expect(divisionName(gd, 'zh-Hant')).toBe('廣東省');
  });
  it('falls back to the Simplified name, then the code', () => {
    expect(divisionName({ ...gd, names: { 'zh-Hans': '广东省' } }, 'en')).toBe('广东省');
    expect(divisionName({ code: '440000', name: '广东省' }, 'en')).toBe('广东省');
    expect(divisionName({ code: '440000', name: '' }, 'en')).toBe('440000');
  });
});
