import { describe, expect, it } from 'vitest';
import { notificationTarget } from './notifications';

describe('notificationTarget', () => {
  it("opens the case where the user can see it", () => {
    expect(notificationTarget(7, 'staff')).toBe('/console/cases/7');
    expect(notificationTarget(7, 'business')).toBe('/console/business/7');
    expect(notificationTarget(7, 'consumer', 'TS-2026/1')).toBe('/my/TS-2026%2F1');
  });
  it('opens nothing without a case, or for a consumer without its tracking number', () => {
    expect(notificationTarget(null, 'staff')).toBeUndefined();
    expect(notificationTarget(7, 'consumer')).toBeUndefined();
  });
});
