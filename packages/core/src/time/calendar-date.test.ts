import { describe, expect, it } from 'vitest';
import { calendarDateInDenmark, isCalendarDate } from './calendar-date.js';

describe('calendar dates', () => {
  it('knows 29 February only in leap years', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2026-04-31')).toBe(false);
  });

  it('gives the Danish date, not the UTC date, around midnight', () => {
    // 23:30 UTC on 31 December is already 1 January in Copenhagen (UTC+1 in winter).
    expect(calendarDateInDenmark(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (UTC+2).
    expect(calendarDateInDenmark(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(calendarDateInDenmark(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });
});
