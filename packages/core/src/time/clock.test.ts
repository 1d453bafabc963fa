import { describe, expect, it } from 'vitest';
import { fixedClock, systemClock } from './clock.js';

describe('clocks', () => {
  it('a fixed clock stands still and tells the day in Denmark', () => {
    // 01:30 UTC on 29 March 2026 is 03:30 summer time in Denmark, the night the clocks go forward.
    const clock = fixedClock('2026-03-29T01:30:00Z');
    expect(clock.now().toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(clock.now()).not.toBe(clock.now());
    expect(clock.today()).toBe('2026-03-29');
    expect(fixedClock('2026-12-31T23:30:00Z').today()).toBe('2027-01-01');
  });

  it('the system clock reads the time of day', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(systemClock.today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses what is not an instant', () => {
    expect(() => fixedClock('not a time')).toThrow();
  });
});
