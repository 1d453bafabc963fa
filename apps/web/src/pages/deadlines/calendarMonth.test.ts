import { describe, expect, it } from 'vitest';
import { monthOf, monthWeeks, shiftMonth } from './calendarMonth.ts';
import { groupQuery } from './deadlineRanges.ts';
import { filterOf, validateDeadlineSearch } from './deadlineSearch.ts';

describe('monthWeeks', () => {
  it('given November 2026 (1st a Sunday), then the calendar runs Monday 26 October to Sunday 6 December', () => {
    const weeks = monthWeeks('2026-11');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]?.[0]).toBe('2026-10-26');
    expect(weeks[0]?.[6]).toBe('2026-11-01');
    expect(weeks.at(-1)?.[6]).toBe('2026-12-06');
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it('given February 2027 (1st a Monday, 28 days), then it is exactly four weeks', () => {
    const weeks = monthWeeks('2027-02');
    expect(weeks).toHaveLength(4);
    expect(weeks[0]?.[0]).toBe('2027-02-01');
    expect(weeks.at(-1)?.[6]).toBe('2027-02-28');
  });

  it('given a leap-year February, then the 29th is in the calendar', () => {
    expect(monthWeeks('2028-02').flat()).toContain('2028-02-29');
  });
});

describe('shiftMonth', () => {
  it.each([
    ['2026-11', 1, '2026-12'],
    ['2026-12', 1, '2027-01'],
    ['2027-01', -1, '2026-12'],
    ['2026-03', -12, '2025-03'],
  ])('given %s and %i, then %s', (month, delta, expected) => {
    expect(shiftMonth(month, delta)).toBe(expected);
  });

  it('given a date, then its month', () => {
    expect(monthOf('2026-11-22')).toBe('2026-11');
  });
});

describe('groupQuery', () => {
  it('given today, then the groups follow each other without a gap or an overlap', () => {
    const today = '2026-11-22';
    expect(groupQuery('overdue', today)).toEqual({ overdue: true });
    expect(groupQuery('next30', today)).toEqual({ dueFrom: '2026-11-22', dueTo: '2026-12-22' });
    expect(groupQuery('days31to90', today)).toEqual({ dueFrom: '2026-12-23', dueTo: '2027-02-20' });
    expect(groupQuery('days91to365', today)).toEqual({ dueFrom: '2027-02-21', dueTo: '2027-11-22' });
  });
});

describe('validateDeadlineSearch', () => {
  it('given the address, then only known views, real months and given filters are kept', () => {
    expect(validateDeadlineSearch({ view: 'calendar', month: '2026-13', type: 'penalty', unitId: '' })).toEqual({
      view: 'calendar',
      month: undefined,
      type: 'penalty',
      responsibleUserId: undefined,
      supplierId: undefined,
      unitId: undefined,
    });
    expect(validateDeadlineSearch({ view: 'list', month: '2026-02' }).month).toBe('2026-02');
    expect(validateDeadlineSearch({ view: 'list' }).view).toBeUndefined();
  });

  it('given a search, then the filter holds only what is set', () => {
    expect(filterOf({ view: 'calendar', supplierId: 's' })).toEqual({ supplierId: 's' });
  });
});
