import { describe, expect, it } from 'vitest';
import { transitionBody } from './ActionModal';

const proposed = {
  terms: '退款1299元',
  amount_recovered: '1299.00',
  proposed_at: '2026-11-29T00:00:00Z',
  consumer_accepted_at: '2026-11-29T01:00:00Z',
  consumer_refused_at: null,
  business_accepted_at: null,
};

describe('transitionBody', () => {
  it('sends what each action needs', () => {
    expect(transitionBody('reject', { reason_code: 'outside_scope', reason: ' x ' }, { agreement: null })).toEqual({
      action: 'reject',
      reason_code: 'outside_scope',
      reason: 'x',
    });
    expect(transitionBody('transfer', { target_association: 'BJ' }, { agreement: null })).toEqual({
      action: 'transfer',
      target_association: 'BJ',
    });
    expect(transitionBody('transfer', { target_association: 'BJ', reason: '经营者在北京' }, { agreement: null })).toEqual({
      action: 'transfer',
      target_association: 'BJ',
      reason: '经营者在北京',
    });
    expect(transitionBody('pause_clock', { reason: ' 检测鉴定 ' }, { agreement: null })).toEqual({
      action: 'pause_clock',
      reason: '检测鉴定',
    });
    expect(transitionBody('accept', {}, { agreement: null })).toEqual({ action: 'accept' });
  });

  it('closes with new agreement terms', () => {
    expect(
      transitionBody('close', { outcome: 'agreement', terms: ' 退款 ', amount_recovered: '100' }, { agreement: null }),
    ).toEqual({ action: 'close', outcome: 'agreement', agreement: { terms: '退款', amount_recovered: '100' } });
  });

  it('keeps the proposed agreement (and its acceptances) when its terms are unchanged', () => {
    expect(
      transitionBody('close', { outcome: 'agreement', terms: '退款1299元', amount_recovered: '1299' }, { agreement: proposed }),
    ).toEqual({ action: 'close', outcome: 'agreement' });
    expect(
      transitionBody('close', { outcome: 'agreement', terms: '退款1000元', amount_recovered: '1000' }, { agreement: proposed }).agreement,
    ).toEqual({ terms: '退款1000元', amount_recovered: '1000' });
  });

  it('closes without an agreement for the other outcomes', () => {
    expect(transitionBody('close', { outcome: 'failed', terms: 'x' }, { agreement: proposed })).toEqual({
      action: 'close',
      outcome: 'failed',
    });
  });
});
