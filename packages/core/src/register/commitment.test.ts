import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../time/calendar-date.js';
import { divideRounded, remainingCommitment } from './commitment.js';

describe('remainingCommitment', () => {
  it.each<[string, bigint, CalendarDate, CalendarDate, bigint]>([
    ['a whole year of 365 days is the annual cost', 36_500_00n, '2027-01-01', '2027-12-31', 36_500_00n],
    ['the last day counts', 36_500_00n, '2026-12-31', '2026-12-31', 100_00n],
    ['ended', 36_500_00n, '2027-01-01', '2026-12-31', 0n],
    ['rounds half away from zero to the øre', 100n, '2026-01-01', '2026-01-02', 1n],
  ])('%s', (_, annual, today, endsOn, expected) => {
    expect(remainingCommitment(annual, today, endsOn)).toBe(expected);
  });
});

describe('divideRounded', () => {
  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [4n, 3n, 1n],
    [5n, 3n, 2n],
    [-4n, 3n, -1n],
  ])('%i / %i = %i', (n, d, q) => {
    expect(divideRounded(n, d)).toBe(q);
  });
});
