import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NoticePeriodEnd } from '../register/contract-values.js';
import { type CalendarDate, daysInMonth } from '../time/calendar-date.js';
import { addDays, addMonths } from '../time/calendar-math.js';
import {
  contractDeadlines,
  type DeadlineOption,
  type DeadlineTerms,
  earliestEndByNotice,
  latestNoticeFor,
  nextYearly,
  periodEnd,
} from './contract-deadlines.js';

const calendarDate = fc
  .record({ y: fc.integer({ min: 2000, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  // Padded digits of a year, month and day: a `YYYY-MM-DD` date.
  .map(
    ({ y, m, d }) =>
      `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, daysInMonth(y, m))).padStart(2, '0')}` as CalendarDate,
  );
const unit = fc.constantFrom<NoticePeriodEnd | null>(null, 'month', 'quarter', 'half_year', 'year');

const base: DeadlineTerms = {
  inForceFrom: '2025-01-01',
  termKind: 'months',
  termMonths: 24,
  termEndsOn: null,
  renewal: 'none',
  renewalMonths: null,
  irrevocableUntil: null,
  noticeMonths: null,
  noticePeriodEnd: null,
  earlyTermination: false,
  terminationGivenOn: null,
  terminationEffectiveOn: null,
  priceRegulationDate: null,
};

describe('periodEnd', () => {
  it.each<[CalendarDate, NoticePeriodEnd | null, CalendarDate]>([
    ['2026-02-10', 'month', '2026-02-28'],
    ['2024-02-10', 'month', '2024-02-29'],
    ['2026-05-01', 'quarter', '2026-06-30'],
    ['2026-10-01', 'quarter', '2026-12-31'],
    ['2026-03-31', 'quarter', '2026-03-31'],
    ['2026-07-01', 'half_year', '2026-12-31'],
    ['2026-06-30', 'half_year', '2026-06-30'],
    ['2026-01-01', 'year', '2026-12-31'],
    ['2026-05-17', null, '2026-05-17'],
  ])('the %s period containing %s ends %s', (date, u, expected) => {
    expect(periodEnd(date, u)).toBe(expected);
  });
});

describe('latestNoticeFor', () => {
  it.each<[CalendarDate, number, CalendarDate, string]>([
    ['2026-12-31', 6, '2026-06-30', 'a month end: the last day of the month N months earlier'],
    ['2026-12-31', 3, '2026-09-30', 'to a quarter end'],
    ['2026-06-30', 6, '2025-12-31', 'across the year'],
    ['2026-02-28', 1, '2026-01-31', 'end of February is a month end'],
    ['2024-02-29', 12, '2023-02-28', 'leap day'],
    ['2026-03-15', 1, '2026-02-15', 'not a month end: the same day'],
    ['2026-03-30', 1, '2026-02-27', '28 February + 1 month would be 31 March, after the end'],
    ['2026-12-31', 0, '2026-12-31', 'no notice period'],
  ])('to end %s with %i months: notify by %s (%s)', (end, months, expected) => {
    expect(latestNoticeFor(end, months)).toBe(expected);
  });

  it('is the latest day whose notice period still ends on or before the end', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 0, max: 36 }), (end, months) => {
        const latest = latestNoticeFor(end, months);
        expect(addMonths(latest, months) <= end).toBe(true);
        expect(addMonths(addDays(latest, 1), months) > end).toBe(true);
      }),
    );
  });
});

describe('earliestEndByNotice', () => {
  it.each<[CalendarDate, number, NoticePeriodEnd | null, CalendarDate | null, CalendarDate]>([
    ['2026-06-30', 6, 'year', null, '2026-12-31'],
    ['2026-07-01', 6, 'year', null, '2027-12-31'],
    ['2026-11-22', 3, 'month', null, '2027-02-28'],
    ['2026-11-22', 3, 'quarter', null, '2027-03-31'],
    ['2026-11-22', 1, 'half_year', null, '2026-12-31'],
    ['2026-11-22', 3, 'month', '2027-12-31', '2027-12-31'],
    ['2026-11-22', 3, 'quarter', '2027-05-15', '2027-06-30'],
    ['2026-02-28', 1, null, null, '2026-03-31'],
  ])('notice on %s with %i months to a %s end (irrevocable until %s) ends %s', (on, months, u, notBefore, expected) => {
    expect(earliestEndByNotice(on, months, u, notBefore)).toBe(expected);
  });

  it('ends at a period end the notice reaches, and no earlier period end would do', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 0, max: 24 }), unit, (on, months, u) => {
        const end = earliestEndByNotice(on, months, u, null);
        expect(periodEnd(end, u)).toBe(end);
        expect(latestNoticeFor(end, months) >= on).toBe(true);
        expect(addMonths(latestNoticeFor(end, months), months) <= end).toBe(true);
        const previous =
          u === null
            ? addDays(end, -1)
            : periodEnd(addDays(addMonths(end, -{ month: 1, quarter: 3, half_year: 6, year: 12 }[u]), 0), u);
        if (previous < end) expect(latestNoticeFor(previous, months) < on).toBe(true);
      }),
    );
  });
});

describe('contractDeadlines', () => {
  const today = '2026-11-22';

  it('an ongoing contract with 6 months to a year end: notify by 30 June to end 31 December', () => {
    const d = contractDeadlines(
      { ...base, termKind: 'ongoing', termMonths: null, noticeMonths: 6, noticePeriodEnd: 'year' },
      [],
      '2027-03-01',
    );
    expect(d).toMatchObject({ currentTermEnd: null, finalEnd: null, earliestEnd: '2027-12-31', latestNoticeDate: '2027-06-30' });
    expect(d.explanation.join(' ')).toContain('opsiges den senest 2027-06-30');
  });

  it('on the last notice day the end is still reachable; the day after it moves a year', () => {
    const terms: DeadlineTerms = { ...base, termKind: 'ongoing', termMonths: null, noticeMonths: 6, noticePeriodEnd: 'year' };
    expect(contractDeadlines(terms, [], '2027-06-30').earliestEnd).toBe('2027-12-31');
    expect(contractDeadlines(terms, [], '2027-07-01').earliestEnd).toBe('2028-12-31');
  });

  it('never ends before the irrevocable date', () => {
    const d = contractDeadlines(
      {
        ...base,
        termKind: 'ongoing',
        termMonths: null,
        noticeMonths: 3,
        noticePeriodEnd: 'month',
        irrevocableUntil: '2027-12-31',
      },
      [],
      today,
    );
    expect(d).toMatchObject({ earliestEnd: '2027-12-31', latestNoticeDate: '2027-09-30', irrevocableUntil: '2027-12-31' });
  });

  it('a fixed term without renewal expires by itself: no notice needed', () => {
    const d = contractDeadlines({ ...base, noticeMonths: 3 }, [], today);
    expect(d).toMatchObject({
      currentTermEnd: '2026-12-31',
      finalEnd: '2026-12-31',
      earliestEnd: '2026-12-31',
      latestNoticeDate: null,
    });
  });

  it('a fixed term with early termination can end before the term end, but not after it', () => {
    const early = contractDeadlines(
      { ...base, termMonths: 60, noticeMonths: 3, noticePeriodEnd: 'month', earlyTermination: true },
      [],
      today,
    );
    expect(early).toMatchObject({ finalEnd: '2029-12-31', earliestEnd: '2027-02-28', latestNoticeDate: '2026-11-30' });
    const late = contractDeadlines(
      { ...base, termMonths: 24, noticeMonths: 3, noticePeriodEnd: 'month', earlyTermination: true },
      [],
      today,
    );
    expect(late).toMatchObject({ earliestEnd: '2026-12-31' });
  });

  it('automatic renewal: notice must reach a term end; a missed one rolls to the next term', () => {
    const terms: DeadlineTerms = { ...base, termMonths: 12, renewal: 'automatic', renewalMonths: 12, noticeMonths: 3 };
    // Terms end 2025-12-31, 2026-12-31, 2027-12-31 …; on 22 November 2026 the 2026 end needed notice by 30 September.
    expect(contractDeadlines(terms, [], today)).toMatchObject({
      currentTermEnd: '2026-12-31',
      finalEnd: null,
      earliestEnd: '2027-12-31',
      latestNoticeDate: '2027-09-30',
    });
    expect(contractDeadlines(terms, [], '2026-09-30')).toMatchObject({
      earliestEnd: '2026-12-31',
      latestNoticeDate: '2026-09-30',
    });
  });

  it('renewal rolls over many years, and uses the initial term when no renewal period is given', () => {
    const terms: DeadlineTerms = { ...base, inForceFrom: '2001-03-01', termMonths: 36, renewal: 'automatic', noticeMonths: 6 };
    // 36-month terms: 2001-03-01 … 2004-02-29, … 2025-03-01 … 2028-02-29.
    expect(contractDeadlines(terms, [], today)).toMatchObject({
      currentTermEnd: '2028-02-29',
      earliestEnd: '2028-02-29',
      latestNoticeDate: '2027-08-31',
    });
  });

  it('a given termination fixes the end: its effective day, or the end its notice reached', () => {
    const withDay = contractDeadlines(
      {
        ...base,
        termKind: 'ongoing',
        termMonths: null,
        noticeMonths: 6,
        noticePeriodEnd: 'year',
        terminationGivenOn: '2026-05-01',
        terminationEffectiveOn: '2026-12-31',
      },
      [],
      today,
    );
    expect(withDay).toMatchObject({ finalEnd: '2026-12-31', earliestEnd: null, latestNoticeDate: null });
    const computed = contractDeadlines(
      {
        ...base,
        termKind: 'ongoing',
        termMonths: null,
        noticeMonths: 6,
        noticePeriodEnd: 'year',
        terminationGivenOn: '2026-08-01',
      },
      [],
      today,
    );
    expect(computed.finalEnd).toBe('2027-12-31');
  });

  it('options: exercised periods extend the term; open ones have deadlines from the lead time or the agreed day', () => {
    const options: DeadlineOption[] = [
      {
        id: 'x',
        kind: 'extension',
        periods: 3,
        periodMonths: 12,
        exercisedPeriods: 1,
        latestExerciseOn: null,
        leadTimeMonths: 3,
      },
      {
        id: 'k',
        kind: 'purchase',
        periods: null,
        periodMonths: null,
        exercisedPeriods: 0,
        latestExerciseOn: '2027-06-30',
        leadTimeMonths: null,
      },
    ];
    const d = contractDeadlines(base, options, today);
    expect(d.finalEnd).toBe('2027-12-31');
    expect(d.optionDeadlines).toEqual([
      { optionId: 'k', period: 1, deadline: '2027-06-30', extendsTo: null },
      { optionId: 'x', period: 2, deadline: '2027-09-30', extendsTo: '2028-12-31' },
      { optionId: 'x', period: 3, deadline: '2028-09-30', extendsTo: '2029-12-31' },
    ]);
  });

  it('the next price regulation is the yearly day on or after today, within the life of the contract', () => {
    expect(contractDeadlines({ ...base, priceRegulationDate: '01-01' }, [], today).nextPriceRegulation).toBeNull();
    expect(contractDeadlines({ ...base, termMonths: 60, priceRegulationDate: '01-01' }, [], today).nextPriceRegulation).toBe(
      '2027-01-01',
    );
    expect(nextYearly('02-29', '2026-11-22')).toBe('2027-02-28');
    expect(nextYearly('02-29', '2027-03-01')).toBe('2028-02-29');
    expect(nextYearly('11-22', '2026-11-22')).toBe('2026-11-22');
  });

  it('renewal never shortens a contract: the current term end never moves backwards as time passes', () => {
    fc.assert(
      fc.property(
        calendarDate,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 36 }),
        calendarDate,
        fc.integer({ min: 0, max: 2000 }),
        (start, months, renewalMonths, day, later) => {
          const terms: DeadlineTerms = { ...base, inForceFrom: start, termMonths: months, renewal: 'automatic', renewalMonths };
          const a = contractDeadlines(terms, [], day).currentTermEnd as CalendarDate;
          const b = contractDeadlines(terms, [], addDays(day, later)).currentTermEnd as CalendarDate;
          expect(b >= a).toBe(true);
          if (day <= a) expect(a >= day).toBe(true);
        },
      ),
    );
  });

  it('the latest notice date plus the notice period never lands after the end it serves', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 0, max: 24 }), unit, calendarDate, (start, notice, u, day) => {
        const d = contractDeadlines(
          { ...base, inForceFrom: start, termKind: 'ongoing', termMonths: null, noticeMonths: notice, noticePeriodEnd: u },
          [],
          day,
        );
        expect(d.latestNoticeDate && d.earliestEnd).toBeTruthy();
        expect(addMonths(d.latestNoticeDate as CalendarDate, notice) <= (d.earliestEnd as CalendarDate)).toBe(true);
        expect((d.latestNoticeDate as CalendarDate) >= day).toBe(true);
      }),
    );
  });
});

describe('dates beyond the accepted range', () => {
  it('given a late start and a long term, then the end beyond 2199 is none and the explanation says why', () => {
    const d = contractDeadlines(
      { ...base, inForceFrom: '2199-06-01', termKind: 'months', termMonths: 12, renewal: 'none' },
      [],
      '2199-07-01',
    );
    expect(d.finalEnd).toBeNull();
    expect(d.currentTermEnd).toBeNull();
    expect(d.explanation.at(-1)).toMatch(/efter 31. december 2199 vises ikke/);
  });

  it('given a renewal that rolls past 2199, then no error: the next end is none', () => {
    const d = contractDeadlines(
      {
        ...base,
        inForceFrom: '2100-01-01',
        termKind: 'months',
        termMonths: 1200,
        renewal: 'automatic',
        renewalMonths: 1200,
        noticeMonths: 3,
      },
      [],
      '2199-12-31',
    );
    expect(d.earliestEnd).toBeNull();
    expect(d.latestNoticeDate).toBeNull();
  });
});
