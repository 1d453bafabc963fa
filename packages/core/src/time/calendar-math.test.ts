import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, daysInMonth } from './calendar-date.js';
import { addDays, addMonths, compareDates, daysBetween, isLastDayOfMonth, lastDayOfMonth, termEnd } from './calendar-math.js';

/** Any date of a four-digit year: the arithmetic holds for years JavaScript's Date gets wrong (0–99) too. */
const anyDate = fc
  .record({ y: fc.integer({ min: 0, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(
    ({ y, m, d }) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, daysInMonth(y, m))).padStart(2, '0')}` as CalendarDate,
  );

const calendarDate = fc
  .record({ y: fc.integer({ min: 1990, max: 2150 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(
    ({ y, m, d }) =>
      `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, daysInMonth(y, m))).padStart(2, '0')}` as CalendarDate,
  );

describe('addMonths', () => {
  it.each<[CalendarDate, number, CalendarDate, string]>([
    ['2026-01-15', 1, '2026-02-15', 'keeps the day'],
    ['2026-01-30', 1, '2026-02-28', 'shorter target month: its last day'],
    ['2024-01-30', 1, '2024-02-29', 'leap year February'],
    ['2026-01-31', 1, '2026-02-28', 'last day → last day'],
    ['2026-02-28', 1, '2026-03-31', 'end of February is a month end'],
    ['2024-02-28', 1, '2024-03-28', 'not the last day in a leap year'],
    ['2024-02-29', 12, '2025-02-28', 'leap day a year on'],
    ['2024-02-29', 48, '2028-02-29', 'leap day four years on'],
    ['2026-04-30', 1, '2026-05-31', '30 April is a month end'],
    ['2026-12-31', 2, '2027-02-28', 'across the year end'],
    ['2026-03-31', -1, '2026-02-28', 'backwards'],
    ['2026-01-15', -13, '2024-12-15', 'backwards across years'],
    ['2026-05-17', 0, '2026-05-17', 'zero months'],
  ])('%s + %i months = %s (%s)', (start, months, expected) => {
    expect(addMonths(start, months)).toBe(expected);
  });

  it('keeps the day of the month, or lands on the last day of the target month', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -600, max: 600 }), (date, n) => {
        const result = addMonths(date, n);
        const day = Number(date.slice(8));
        if (isLastDayOfMonth(date)) expect(isLastDayOfMonth(result)).toBe(true);
        else expect(Number(result.slice(8)) === day || isLastDayOfMonth(result)).toBe(true);
      }),
    );
  });

  it('never reverses the order of two dates', () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, fc.integer({ min: -240, max: 240 }), (a, b, n) => {
        const [early, late] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
        expect(compareDates(addMonths(early, n), addMonths(late, n))).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('termEnd', () => {
  it.each<[CalendarDate, number, CalendarDate]>([
    ['2025-01-01', 24, '2026-12-31'],
    ['2025-03-15', 12, '2026-03-14'],
    ['2026-01-31', 1, '2026-02-27'],
    ['2024-03-01', 12, '2025-02-28'],
    ['2023-03-01', 12, '2024-02-29'],
    ['2026-07-01', 6, '2026-12-31'],
  ])('a term of %s + %i months ends on %s', (start, months, expected) => {
    expect(termEnd(start, months)).toBe(expected);
  });

  it('refuses terms of no months', () => {
    expect(() => termEnd('2026-01-01', 0)).toThrow(RangeError);
  });

  it('ends after it starts and before start + months', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 1, max: 600 }), (start, months) => {
        const end = termEnd(start, months);
        expect(compareDates(start, end)).toBeLessThanOrEqual(0);
        expect(addDays(end, 1)).toBe(addMonths(start, months));
      }),
    );
  });
});

describe('days', () => {
  it('adds days across month ends, year ends and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(lastDayOfMonth('2100-02-10')).toBe('2100-02-28');
  });

  it('counts days right in the years 0–99, which JavaScript’s Date.UTC takes for 1900–1999', () => {
    expect(addMonths('0050-03-01', 12)).toBe('0051-03-01');
    expect(termEnd('0050-03-01', 12)).toBe('0051-02-28');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(addDays('0004-02-28', 1)).toBe('0004-02-29');
    expect(daysBetween('0000-01-01', '0001-01-01')).toBe(366); // year 0 is a leap year (proleptic Gregorian)
    expect(daysBetween('1970-01-01', '2000-03-01')).toBe(11_017);
  });

  it('agrees with JavaScript’s Date wherever that is right (years 100 to 9999)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -20_000, max: 20_000 }), (date, n) => {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        if (y < 100) return;
        const utc = new Date(Date.UTC(y, m - 1, d + n));
        if (utc.getUTCFullYear() < 100 || utc.getUTCFullYear() > 9999) return;
        const expected = utc.toISOString().slice(0, 10);
        expect(addDays(date, n)).toBe(expected);
      }),
    );
  });

  it('adding and counting days agree in every four-digit year', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        const year = Number(date.slice(0, 4));
        if (year < 20 || year > 9980) return; // ±5,000 days stay within four-digit years

        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });

  it('adding and counting days agree, whatever the time zone of the process', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });
});
