// The tracking number and access code the consumer last used, for this browser tab only
// (sessionStorage): the access code opens the case, so it is never kept longer.

const KEY = 'redress.track';

export interface TrackCredentials {
  trackingNumber: string;
  accessCode: string;
}

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

export function loadTrackCredentials(): TrackCredentials | null {
  try {
    const raw = storage()?.getItem(KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<TrackCredentials>;
    return v.trackingNumber && v.accessCode ? { trackingNumber: v.trackingNumber, accessCode: v.accessCode } : null;
  } catch {
    return null;
  }
}

export function saveTrackCredentials(c: TrackCredentials): void {
  storage()?.setItem(KEY, JSON.stringify(c));
}

export function clearTrackCredentials(): void {
  storage()?.removeItem(KEY);
}

/** Normalizes what people type: no spaces, upper case. */
export function normalizeTrackInput(c: TrackCredentials): TrackCredentials {
  const clean = (s: string) => s.replace(/\s+/g, '').toUpperCase();
  return { trackingNumber: clean(c.trackingNumber), accessCode: clean(c.accessCode) };
}
