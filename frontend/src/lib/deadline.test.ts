import { describe, expect, it } from 'vitest';
import { chinaToday, daysBetween, deadlineState, runningDue } from './deadline';

const base = {
  status: 'submitted' as const,
  acceptance_due: '2026-12-08',
  resolution_due: null as string | null,
  overdue: false,
  clock_stopped: false,
};

describe('runningDue', () => {
  it('is the acceptance deadline while submitted, the resolution deadline after', () => {
    expect(runningDue(base)).toBe('2026-12-08');
    expect(runningDue({ ...base, status: 'accepted', resolution_due: '2027-01-29' })).toBe('2027-01-29');
    expect(runningDue({ ...base, status: 'in_mediation', resolution_due: '2027-01-29' })).toBe('2027-01-29');
    expect(runningDue({ ...base, status: 'closed', resolution_due: '2027-01-29' })).toBeNull();
  });
});

describe('deadlineState', () => {
  it('is ok well before the deadline', () => {
    expect(deadlineState(base, '2026-12-01')).toEqual({ kind: 'ok', due: '2026-12-08', daysLeft: 7 });
  });
  it('is amber within two days, the due day included', () => {
    expect(deadlineState(base, '2026-12-06').kind).toBe('soon');
    expect(deadlineState(base, '2026-12-07').kind).toBe('soon');
    expect(deadlineState(base, '2026-12-08')).toEqual({ kind: 'soon', due: '2026-12-08', daysLeft: 0 });
    expect(deadlineState(base, '2026-12-05').kind).toBe('ok');
  });
  it('is red after the deadline, or when the server says so', () => {
    expect(deadlineState(base, '2026-12-09')).toEqual({ kind: 'overdue', due: '2026-12-08', daysLeft: -1 });
    expect(deadlineState({ ...base, overdue: true }, '2026-12-01').kind).toBe('overdue');
  });
  it('uses the resolution deadline once accepted, ignoring the passed acceptance one', () => {
    const accepted = { ...base, status: 'in_mediation' as const, acceptance_due: '2026-11-01', resolution_due: '2027-01-29' };
    expect(deadlineState(accepted, '2026-12-01')).toMatchObject({ kind: 'ok', due: '2027-01-29' });
    expect(deadlineState(accepted, '2027-01-28').kind).toBe('soon');
    expect(deadlineState(accepted, '2027-01-30').kind).toBe('overdue');
  });
  it('shows a stopped clock as paused, never overdue', () => {
    expect(deadlineState({ ...base, clock_stopped: true }, '2027-03-01')).toEqual({ kind: 'paused', due: '2026-12-08' });
  });
  it('has no badge when closed or without a running deadline', () => {
    expect(deadlineState({ ...base, status: 'closed', overdue: true }, '2027-03-01').kind).toBe('none');
    expect(deadlineState({ ...base, status: 'accepted' }, '2026-12-01').kind).toBe('none');
  });
});

describe('dates', () => {
  it('counts days across months and years', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-01-02', '2026-12-30')).toBe(-3);
  });
  it('takes today in China time', () => {
    expect(chinaToday(new Date('2026-11-28T16:30:00Z'))).toBe('2026-11-29');
    expect(chinaToday(new Date('2026-11-28T15:59:00Z'))).toBe('2026-11-28');
  });
});
