import { describe, expect, it } from 'vitest';
import { charCount, isAmount, isMobile, isResidentId, isUscc, normalizeMobile, withResidentIdCheck } from './validators';

/** Changes the digit at `i` to another digit. */
function changeDigit(s: string, i: number): string {
  const d = (Number(s[i]) + 1) % 10;
  return s.slice(0, i) + d + s.slice(i + 1);
}

describe('isMobile', () => {
  it('accepts mainland numbers 13x to 19x', () => {
    for (const m of ['13800138000', '19912345678', '15201355217']) expect(isMobile(m)).toBe(true);
  });
  it('normalizes spaces, dashes and the country prefix like the server', () => {
    expect(normalizeMobile('+86 138-0013-8000')).toBe('13800138000');
    expect(isMobile('0086 138 0013 8000')).toBe(true);
  });
  it('rejects other numbers', () => {
    for (const m of ['12800138000', '1380013800', '138001380001', '23800138000', '1380013800a', '']) {
      expect(isMobile(m)).toBe(false);
    }
  });
});

describe('isResidentId', () => {
  const valid = ['11010519491231002X', '440106195803120048'];
  it('accepts valid numbers, with X in either case', () => {
    for (const id of valid) expect(isResidentId(id)).toBe(true);
    expect(isResidentId('11010519491231002x')).toBe(true);
  });
  it('rejects a number with one digit changed', () => {
    for (const id of valid) {
      for (const i of [0, 5, 9, 16]) expect(isResidentId(changeDigit(id, i)), `${id} @${i}`).toBe(false);
    }
    expect(isResidentId('440106195803120049')).toBe(false); // wrong check digit
    expect(isResidentId('110105194912310021')).toBe(false); // X replaced by a digit
  });
  it('rejects impossible birth dates and wrong lengths', () => {
    expect(isResidentId(withResidentIdCheck('44010619580231004'))).toBe(false); // 31 February
    expect(isResidentId(withResidentIdCheck('44010618580312004'))).toBe(false); // born 1858
    expect(isResidentId(withResidentIdCheck('44010619580312004'))).toBe(true);
    expect(isResidentId('44010619580312004')).toBe(false);
    expect(isResidentId('')).toBe(false);
  });
});

describe('isUscc', () => {
  const valid = ['91440101MA5CQ8KL31', '91350100M000100Y43'];
  it('accepts valid codes', () => {
    for (const c of valid) expect(isUscc(c)).toBe(true);
    expect(isUscc('91440101ma5cq8kl31')).toBe(true);
  });
  it('rejects a code with one digit changed', () => {
    expect(isUscc('91440101MA5CQ8KL32')).toBe(false);
    expect(isUscc('91440102MA5CQ8KL31')).toBe(false);
    expect(isUscc('91350100M000100Y44')).toBe(false);
    expect(isUscc('91350100M000200Y43')).toBe(false);
  });
  it('rejects characters outside the set and wrong lengths', () => {
    expect(isUscc('91440101MA5CQ8KO31')).toBe(false); // O is not used
    expect(isUscc('9144010MA5CQ8KL31')).toBe(false);
    expect(isUscc('91A40101MA5CQ8KL31')).toBe(false); // division digits
  });
});

describe('isAmount', () => {
  it('accepts decimal yuan with up to two decimals', () => {
    for (const a of ['0', '1299', '1299.5', '1299.00', '0.50']) expect(isAmount(a)).toBe(true);
  });
  it('rejects signs, separators, exponents and too many decimals', () => {
    for (const a of ['-1', '1,299', '1e3', '1.234', '.5', '12.', '', ' ', '100000000001']) {
      expect(isAmount(a), a).toBe(false);
    }
  });
});

describe('charCount', () => {
  it('counts code points after trimming, like the server', () => {
    expect(charCount('  保健品  ')).toBe(3);
    expect(charCount('😀a')).toBe(2);
    expect(charCount(undefined)).toBe(0);
  });
});
