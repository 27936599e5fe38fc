import type { UserKind } from '../api/types';

/**
 * Where a user belongs after login: business users in their portal, consumers on their
 * complaints page, staff in the console (or back on the console page that sent them to log in).
 */
export function landingPath(kind: UserKind | undefined, from?: unknown): string {
  const path = typeof from === 'string' ? from : '';
  const inPortal = path.startsWith('/console/business');
  if (kind === 'business') return inPortal ? path : '/console/business';
  if (kind === 'consumer') return '/my';
  return path.startsWith('/console') && !inPortal ? path : '/console';
}
