import { describe, expect, it } from 'vitest';
import { findingContext, indexOfByte, replacedCounts, segments } from './highlight';

describe('segments', () => {
  const spans = [
    { start: 3, end: 9, type: 'name', text: '张伟' },
    { start: 20, end: 31, type: 'mobile', text: '13800138000' },
  ];

  it('marks each placeholder and pairs it with its span', () => {
    expect(segments('我叫[姓名]，电话[手机号]。', spans)).toEqual([
      { kind: 'text', text: '我叫' },
      { kind: 'placeholder', text: '[姓名]', type: 'name', original: '张伟' },
      { kind: 'text', text: '，电话' },
      { kind: 'placeholder', text: '[手机号]', type: 'mobile', original: '13800138000' },
      { kind: 'text', text: '。' },
    ]);
  });

  it('does not guess the original when an edit broke the order', () => {
    const out = segments('电话[手机号]', spans);
    expect(out[1]).toEqual({ kind: 'placeholder', text: '[手机号]', type: 'mobile', original: undefined });
  });

  it('marks an age the study may not state', () => {
    expect(segments('我今年[年龄]', null)[1]).toEqual({ kind: 'placeholder', text: '[年龄]', type: 'age', original: undefined });
  });

  it('shows a finding in its context from byte offsets', () => {
    const text = 'abc王建国让我先付定金';
    // 王建国 is bytes 3..12 of the UTF-8 text.
    expect(findingContext(text, 3, 12, 2)).toEqual({ before: '…bc', found: '王建国', after: '让我…' });
    expect(indexOfByte('😀a', 4)).toBe(2);
  });

  it('leaves text without placeholders whole', () => {
    expect(segments('没有个人信息', null)).toEqual([{ kind: 'text', text: '没有个人信息' }]);
  });

  it('counts the replaced kinds', () => {
    expect(replacedCounts([...spans, { start: 40, end: 42, type: 'name', text: '李' }])).toEqual([
      ['name', 2],
      ['mobile', 1],
    ]);
  });
});
