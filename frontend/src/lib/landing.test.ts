import { describe, expect, it } from 'vitest';
import { landingPath } from './landing';

describe('landingPath', () => {
  it('sends each kind of user home', () => {
    expect(landingPath('business')).toBe('/console/business');
    expect(landingPath('consumer')).toBe('/my');
    expect(landingPath('staff')).toBe('/console');
    expect(landingPath(undefined)).toBe('/console');
  });
  it("returns to the page that asked for a login, within the user's area", () => {
    expect(landingPath('staff', '/console/cases/7')).toBe('/console/cases/7');
    expect(landingPath('staff', '/console/business/7')).toBe('/console');
    expect(landingPath('business', '/console/business/7')).toBe('/console/business/7');
    expect(landingPath('business', '/console/cases/7')).toBe('/console/business');
    expect(landingPath('consumer', '/console/cases/7')).toBe('/my');
    expect(landingPath('staff', 'https://evil.example/console')).toBe('/console');
  });
});
