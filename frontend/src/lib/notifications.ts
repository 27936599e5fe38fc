import type { UserKind } from '../api/types';

/**
 * Where a notice about a case opens for this kind of user: staff the console's case page, a
 * business its portal's, a consumer the tracking page of a case filed from the account (when its
 * tracking number is known). Undefined: nothing to open.
 */
export function notificationTarget(
  caseId: number | null,
  kind: UserKind,
  trackingNumber?: string,
): string | undefined {
  if (caseId === null) return undefined;
  if (kind === 'staff') return `/console/cases/${caseId}`;
  if (kind === 'business') return `/console/business/${caseId}`;
  return trackingNumber ? `/my/${encodeURIComponent(trackingNumber)}` : undefined;
}
