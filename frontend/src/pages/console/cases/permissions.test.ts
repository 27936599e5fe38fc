import { describe, expect, it } from 'vitest';
import { availableActions, mayClaim, rightsIn } from './permissions';

const me = {
  memberships: [
    { association: { code: 'GD-GZ', name: '' }, role: 'mediator' as const },
    { association: { code: 'GD', name: '' }, role: 'supervisor' as const },
  ],
};
const open = { status: 'submitted' as const, waiting_on: 'none' as const, clock_stopped: false, assignee_id: null, closed_at: null };

describe('case rights', () => {
  it('works in its own associations only, reassigns as supervisor or admin', () => {
    expect(rightsIn(me, 'GD-GZ')).toEqual({ work: true, reassign: false });
    expect(rightsIn(me, 'GD')).toEqual({ work: true, reassign: true });
    expect(rightsIn(me, 'BJ')).toEqual({ work: false, reassign: false });
  });

  it('offers the transitions of each status', () => {
    const r = rightsIn(me, 'GD-GZ');
    expect(availableActions(open, r, 7)).toEqual(['accept', 'reject', 'transfer', 'request_information']);
    expect(availableActions({ ...open, status: 'accepted' }, r, 7)).toEqual(['start_mediation', 'transfer', 'request_information']);
    expect(availableActions({ ...open, status: 'in_mediation' }, r, 7)).toEqual(['close', 'pause_clock', 'request_information']);
    expect(availableActions({ ...open, status: 'in_mediation', clock_stopped: true, waiting_on: 'consumer' }, r, 7)).toEqual([
      'close',
      'resume_clock',
    ]);
  });

  it('offers nothing on a case assigned to someone else, unless one may reassign', () => {
    expect(availableActions({ ...open, assignee_id: 9 }, rightsIn(me, 'GD-GZ'), 7)).toEqual([]);
    expect(availableActions({ ...open, assignee_id: 7 }, rightsIn(me, 'GD-GZ'), 7)).toContain('accept');
    expect(availableActions({ ...open, assignee_id: 9 }, rightsIn(me, 'GD'), 7)).toContain('accept');
  });

  it('lets supervisors reopen within 30 days of closure', () => {
    const now = new Date('2026-12-31T00:00:00Z');
    const closed = { ...open, status: 'closed' as const, closed_at: '2026-12-10T00:00:00Z' };
    expect(availableActions(closed, rightsIn(me, 'GD'), 7, now)).toEqual(['reopen']);
    expect(availableActions(closed, rightsIn(me, 'GD-GZ'), 7, now)).toEqual([]);
    expect(availableActions({ ...closed, closed_at: '2026-11-01T00:00:00Z' }, rightsIn(me, 'GD'), 7, now)).toEqual([]);
  });

  it('lets staff of the association claim an open unassigned case', () => {
    expect(mayClaim(open, rightsIn(me, 'GD-GZ'))).toBe(true);
    expect(mayClaim({ ...open, assignee_id: 3 }, rightsIn(me, 'GD-GZ'))).toBe(false);
    expect(mayClaim(open, rightsIn(me, 'BJ'))).toBe(false);
    expect(mayClaim({ ...open, status: 'closed' }, rightsIn(me, 'GD-GZ'))).toBe(false);
  });
});
