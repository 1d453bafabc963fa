import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, daysInMonth } from '../time/calendar-date.js';
import { addDays, addMonths } from '../time/calendar-math.js';
import type { DeadlineOption } from './contract-deadlines.js';
import {
  DEFAULT_PROCUREMENT_LEAD_MONTHS,
  FALLBACK_PROCUREMENT_LEAD_MONTHS,
  type PlanInput,
  procurementPlanRow,
  quarterOf,
} from './procurement-plan.js';

const calendarDate = fc
  .record({ y: fc.integer({ min: 2000, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  // Padded digits of a year, month and day: a `YYYY-MM-DD` date.
  .map(
    ({ y, m, d }) =>
      `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, daysInMonth(y, m))).padStart(2, '0')}` as CalendarDate,
  );

const extension = (periods: number | null, periodMonths: number | null, exercisedPeriods: number): DeadlineOption => ({
  id: 'x',
  kind: 'extension',
  periods,
  periodMonths,
  exercisedPeriods,
  latestExerciseOn: null,
  leadTimeMonths: null,
});
const purchase: DeadlineOption = { ...extension(null, null, 0), id: 'k', kind: 'purchase' };
const input = (
  finalEnd: CalendarDate | null,
  options: DeadlineOption[] = [],
  procurementForm: string | null = 'eu_udbud',
): PlanInput => ({
  finalEnd,
  options,
  procurementForm,
});

describe('quarterOf', () => {
  it.each<[CalendarDate, string]>([
    ['2027-01-01', '2027-K1'],
    ['2027-03-31', '2027-K1'],
    ['2027-04-01', '2027-K2'],
    ['2027-08-15', '2027-K3'],
    ['2027-12-31', '2027-K4'],
  ])('%s is in %s', (date, expected) => {
    expect(quarterOf(date)).toBe(expected);
  });

  it('rejects a malformed date', () => {
    expect(() => quarterOf('2027-13-01')).toThrow(RangeError);
  });
});

describe('procurementPlanRow', () => {
  it('null when the contract runs on', () => {
    expect(procurementPlanRow(input(null), {})).toBeNull();
  });

  it('an EU tender for a contract ending 31 December 2027 starts by 1 January 2027', () => {
    expect(procurementPlanRow(input('2027-12-31'), {})).toEqual({
      finalEnd: '2027-12-31',
      latestEnd: '2027-12-31',
      remainingOptionMonths: 0,
      leadMonths: 12,
      leadFromForm: true,
      tenderStartBy: '2027-01-01',
      quarter: '2027-K1',
    });
  });

  it('remaining extension periods move the latest end; purchase options and missing numbers do not', () => {
    const row = procurementPlanRow(
      input('2027-12-31', [extension(2, 12, 1), purchase, extension(null, 12, 0), extension(3, null, 0)]),
      {},
    );
    expect(row).toMatchObject({
      remainingOptionMonths: 12,
      latestEnd: '2028-12-31',
      tenderStartBy: '2028-01-01',
      quarter: '2028-K1',
    });
  });

  it('several extension options add up; an over-exercised option counts 0', () => {
    const options = [extension(2, 12, 0), { ...extension(4, 6, 1), id: 'y' }, { ...extension(1, 12, 3), id: 'z' }];
    expect(procurementPlanRow(input('2026-06-30', options), {})).toMatchObject({
      remainingOptionMonths: 42,
      latestEnd: '2029-12-31',
    });
  });

  it.each<[string, string | null, Record<string, number>, number, boolean]>([
    ['the form default', 'ski_aftale', {}, 4, true],
    ['a configured lead time wins over the default', 'ski_aftale', { ski_aftale: 6 }, 6, true],
    ['a configured lead time for a custom form', 'rammeaftale_egen', { rammeaftale_egen: 5 }, 5, true],
    ['no form: the fallback', null, { eu_udbud: 3 }, FALLBACK_PROCUREMENT_LEAD_MONTHS, false],
    ['an unknown form: the fallback', 'ukendt', {}, FALLBACK_PROCUREMENT_LEAD_MONTHS, false],
    ['a name on Object.prototype is not a form', 'constructor', {}, FALLBACK_PROCUREMENT_LEAD_MONTHS, false],
  ])('lead time: %s', (_, form, leadTimes, months, fromForm) => {
    expect(procurementPlanRow(input('2027-12-31', [], form), leadTimes)).toMatchObject({
      leadMonths: months,
      leadFromForm: fromForm,
    });
  });

  it('month ends: from 28 February with 2 months, start by 1 January', () => {
    expect(procurementPlanRow(input('2027-02-28', [], 'direkte_tildeling'), {})).toMatchObject({
      latestEnd: '2027-02-28',
      tenderStartBy: addMonths('2027-03-01', -2),
    });
    expect(addMonths('2027-03-01', -2)).toBe('2027-01-01');
  });

  it('counted back from the day after the latest end, whatever counting forward would give', () => {
    // The day after 29 January 2000 is 30 January; 2 months back is 30 November, a month end, so counting
    // forward again would give 31 January.
    expect(procurementPlanRow(input('2000-01-29', [], 'direkte_tildeling'), {})?.tenderStartBy).toBe('1999-11-30');
  });

  it('a mid-month end', () => {
    expect(procurementPlanRow(input('2027-08-14', [], 'udbud'), {})).toMatchObject({
      tenderStartBy: '2026-11-15',
      quarter: '2026-K4',
    });
  });

  it('rejects a lead time that is not a whole number of months', () => {
    expect(() => procurementPlanRow(input('2027-12-31', [], 'udbud'), { udbud: 1.5 })).toThrow(RangeError);
    expect(() => procurementPlanRow(input('2027-12-31', [], 'udbud'), { udbud: -1 })).toThrow(RangeError);
  });

  it('the defaults cover every procurement form', () => {
    expect(Object.keys(DEFAULT_PROCUREMENT_LEAD_MONTHS).sort()).toEqual(
      ['direkte_tildeling', 'eu_udbud', 'faellesindkoeb', 'miniudbud', 'ski_aftale', 'tilbudsindhentning', 'udbud'].sort(),
    );
  });

  it('the tender starts leadMonths before the day after the latest end, which is never before the final end', () => {
    fc.assert(
      fc.property(
        calendarDate,
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 24 }),
        fc.constantFrom(null, ...Object.keys(DEFAULT_PROCUREMENT_LEAD_MONTHS)),
        (finalEnd, periods, exercised, periodMonths, form) => {
          const row = procurementPlanRow(input(finalEnd, [extension(periods, periodMonths, exercised)], form), {});
          if (row === null) throw new Error('a row was expected');
          expect(row.latestEnd >= row.finalEnd).toBe(true);
          expect(row.remainingOptionMonths).toBe(Math.max(0, periods - exercised) * periodMonths);
          // Counted back from the day after the latest end, into the month leadMonths earlier. (Counting forward
          // again need not land on the same day: 30 November is a month end, so + 2 months is 31 January.)
          const next = addDays(row.latestEnd, 1);
          const monthIndex = (d: CalendarDate) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
          expect(monthIndex(next) - monthIndex(row.tenderStartBy)).toBe(row.leadMonths);
          expect(row.tenderStartBy <= next).toBe(true);
          expect(row.quarter).toBe(quarterOf(row.tenderStartBy));
        },
      ),
    );
  });
});
