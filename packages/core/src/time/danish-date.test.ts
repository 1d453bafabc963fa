import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, daysInMonth } from './calendar-date.js';
import { formatDanishDate, monthName, monthOfYearFrom } from './danish-date.js';

describe('formatDanishDate', () => {
  it.each<[CalendarDate, string]>([
    ['2026-06-30', '30. juni 2026'],
    ['2026-01-01', '1. januar 2026'],
    ['2026-03-05', '5. marts 2026'],
    ['2024-02-29', '29. februar 2024'],
    ['2026-05-17', '17. maj 2026'],
    ['2027-12-31', '31. december 2027'],
  ])('%s → %s', (date, expected) => {
    expect(formatDanishDate(date)).toBe(expected);
  });

  it.each(['2026-02-30', '30.06.2026', ''])('rejects "%s"', (date) => {
    // Not dates on purpose: what a caller that skipped the check would pass.
    expect(() => formatDanishDate(date as CalendarDate)).toThrow(RangeError);
  });

  it('every date: day without a leading zero, a lower-case month name, the year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const day = Math.min(d, daysInMonth(y, m));
          const text = formatDanishDate(`${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CalendarDate);
          expect(text).toMatch(new RegExp(`^${day}\\. [a-z]+ ${y}$`));
        },
      ),
    );
  });
});

describe('monthOfYearFrom', () => {
  it.each<[string, number | null]>([
    ['2', 2],
    ['02', 2],
    ['12', 12],
    ['februar', 2],
    ['Februar', 2],
    ['feb.', 2],
    ['February', 2],
    ['udgangen af juni', 6],
    ['Udgangen af Juni', 6],
    ['end of June', 6],
    ['maj', 5],
    ['may', 5],
    ['mar', 3],
    ['okt.', 10],
    ['oct', 10],
    ['0', null],
    ['13', null],
    ['ju', null],
    ['juni 2027', null],
    ['', null],
    ['=1+1', null],
  ])('%s → %s', (written, expected) => {
    expect(monthOfYearFrom(written)).toBe(expected);
  });

  it('reads back every month name it writes, in both languages', () => {
    for (let m = 1; m <= 12; m++) {
      expect(monthOfYearFrom(monthName(m, 'da'))).toBe(m);
      expect(monthOfYearFrom(monthName(m, 'en'))).toBe(m);
    }
    expect(() => monthName(13, 'da')).toThrow(RangeError);
  });
});
