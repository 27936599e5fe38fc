// What the signed-in staff member may do with a case, mirroring the authorization policy
// (api/authz/policy.csv) and the case rules (domain/case_work.go, domain/case_machine.go),
// so that only actions that can succeed are offered. The server has the final word.
import type { Case, Me, StaffAction } from '../../../api/types';

/** A closed case can be reopened within this many days (domain.ReopenWindow). */
export const REOPEN_WINDOW_DAYS = 30;

export interface CaseRights {
  /** may act on the case's association's cases (any role in that association) */
  work: boolean;
  /** supervisors and admins of the association: reassign, act on any case, reopen */
  reassign: boolean;
}

/** The caller's rights in the association of a case (roles do not reach descendants for work). */
export function rightsIn(me: Pick<Me, 'memberships'>, associationCode: string): CaseRights {
  const roles = (me.memberships ?? []).filter((m) => m.association.code === associationCode).map((m) => m.role);
  return {
    work: roles.length > 0,
    reassign: roles.some((r) => r === 'supervisor' || r === 'admin'),
  };
}

/** Whether the caller may change the case at all: unassigned, theirs, or with reassign rights. */
export function mayWork(c: Pick<Case, 'assignee_id'>, rights: CaseRights, meId: number): boolean {
  if (!rights.work) return false;
  return c.assignee_id === null || c.assignee_id === meId || rights.reassign;
}

type ActionFields = Pick<Case, 'status' | 'waiting_on' | 'clock_stopped' | 'assignee_id' | 'closed_at'>;

/** The transitions the state machine allows now that the caller may take, in display order. */
export function availableActions(c: ActionFields, rights: CaseRights, meId: number, now: Date = new Date()): StaffAction[] {
  if (!mayWork(c, rights, meId)) return [];
  const askInfo: StaffAction[] = c.waiting_on === 'consumer' ? [] : ['request_information'];
  switch (c.status) {
    case 'submitted':
      return ['accept', 'reject', 'transfer', ...askInfo];
    case 'accepted':
      return ['start_mediation', 'transfer', ...askInfo];
    case 'in_mediation':
      return ['close', c.clock_stopped ? 'resume_clock' : 'pause_clock', ...askInfo];
    case 'closed': {
      if (!rights.reassign || !c.closed_at) return [];
      const age = now.getTime() - new Date(c.closed_at).getTime();
      return age <= REOPEN_WINDOW_DAYS * 86_400_000 ? ['reopen'] : [];
    }
    default:
      return [];
  }
}

/** Whether the caller can claim the case for themselves. */
export function mayClaim(c: Pick<Case, 'assignee_id' | 'status'>, rights: CaseRights): boolean {
  return rights.work && c.assignee_id === null && c.status !== 'closed';
}
