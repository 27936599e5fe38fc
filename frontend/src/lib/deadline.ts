import type { Case } from '../api/types';

/** How a case stands against its running deadline, for the inbox badges. */
export type DeadlineKind = 'overdue' | 'soon' | 'ok' | 'paused' | 'none';

export interface DeadlineState {
  kind: DeadlineKind;
  /** the running deadline (YYYY-MM-DD), if any */
  due?: string;
  /** calendar days from today to the deadline (negative when past) */
  daysLeft?: number;
}

/** Cases due within this many calendar days get the amber badge. */
export const SOON_DAYS = 2;

type DeadlineFields = Pick<Case, 'status' | 'acceptance_due' | 'resolution_due' | 'overdue' | 'clock_stopped'>;

/**
 * The deadline that runs now: acceptance while the case is submitted, resolution once it
 * is accepted or in mediation, none when closed.
 */
export function runningDue(c: Pick<Case, 'status' | 'acceptance_due' | 'resolution_due'>): string | null {
  switch (c.status) {
    case 'submitted':
      return c.acceptance_due || null;
    case 'accepted':
    case 'in_mediation':
      return c.resolution_due ?? null;
    default:
      return null;
  }
}

/** Today's date (YYYY-MM-DD) in China, where the deadlines are counted. */
export function chinaToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Whole days from a to b (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  const ms = Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/**
 * The badge of a case: paused while its clock is stopped, red when its running deadline
 * has passed (or the server says it is overdue), amber when it falls within SOON_DAYS.
 */
export function deadlineState(c: DeadlineFields, today: string, soonDays = SOON_DAYS): DeadlineState {
  const due = runningDue(c);
  if (c.status === 'closed') return { kind: 'none' };
  if (c.clock_stopped) return { kind: 'paused', due: due ?? undefined };
  if (!due) return { kind: 'none' };
  const daysLeft = daysBetween(today, due);
  if (c.overdue || daysLeft < 0) return { kind: 'overdue', due, daysLeft };
  if (daysLeft <= soonDays) return { kind: 'soon', due, daysLeft };
  return { kind: 'ok', due, daysLeft };
}
