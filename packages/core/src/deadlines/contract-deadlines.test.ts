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
const unit = fc.constantFrom<Exclude<NoticePeriodEnd, 'named_month'> | null>(null, 'month', 'quarter', 'half_year', 'year');

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
  noticeEndMonth: null,
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

describe('notice to the end of a named month', () => {
  const ongoing = (noticeMonths: number, month: number, change: Partial<DeadlineTerms> = {}): DeadlineTerms => ({
    ...base,
    inForceFrom: '2020-01-01',
    termKind: 'ongoing',
    termMonths: null,
    noticeMonths,
    noticePeriodEnd: 'named_month',
    noticeEndMonth: month,
    ...change,
  });

  it.each<[CalendarDate, number, CalendarDate, string]>([
    ['2026-02-10', 2, '2026-02-28', 'in the month itself'],
    ['2026-02-28', 2, '2026-02-28', 'on its last day'],
    ['2026-03-01', 2, '2027-02-28', 'the day after: a year on'],
    ['2027-03-01', 2, '2028-02-29', 'February in a leap year ends on the 29th'],
    ['2026-07-01', 6, '2027-06-30', '30 June for a school or fiscal year'],
    ['2026-01-01', 12, '2026-12-31', 'December is the year end'],
    ['2026-11-30', 1, '2027-01-31', 'January, across the year'],
  ])('from %s, notice to the end of month %i ends %s (%s)', (date, month, expected) => {
    expect(periodEnd(date, 'named_month', month)).toBe(expected);
  });

  it('needs a month from 1 to 12', () => {
    expect(() => periodEnd('2026-01-01', 'named_month', null)).toThrow(RangeError);
    expect(() => periodEnd('2026-01-01', 'named_month', 13)).toThrow(RangeError);
    expect(() => periodEnd('2026-01-01', 'named_month', 0)).toThrow(RangeError);
  });

  it("the issue's example: 12 months to the end of February, then a year on once the day has passed", () => {
    expect(contractDeadlines(ongoing(12, 2), [], '2027-02-28')).toMatchObject({
      earliestEnd: '2028-02-29',
      latestNoticeDate: '2027-02-28',
    });
    expect(contractDeadlines(ongoing(12, 2), [], '2027-03-01')).toMatchObject({
      earliestEnd: '2029-02-28',
      latestNoticeDate: '2028-02-29',
    });
    const d = contractDeadlines(ongoing(12, 2), [], '2027-03-01');
    expect(d.explanation.join(' ')).toContain('12 måneders opsigelsesvarsel til udgangen af februar');
  });

  it.each<[string, DeadlineTerms, CalendarDate, CalendarDate, CalendarDate]>([
    [
      '3 months to the end of June: a month end, so notice by the end of March',
      ongoing(3, 6),
      '2026-12-07',
      '2027-06-30',
      '2027-03-31',
    ],
    ['on the last notice day the end is still reached', ongoing(3, 6), '2027-03-31', '2027-06-30', '2027-03-31'],
    ['the day after, it is a year later', ongoing(3, 6), '2027-04-01', '2028-06-30', '2028-03-31'],
    [
      'a notice period longer than a year (18 months to the end of June)',
      ongoing(18, 6),
      '2026-12-07',
      '2028-06-30',
      '2026-12-31',
    ],
    ['24 months to the end of February from a leap day', ongoing(24, 2), '2024-02-29', '2026-02-28', '2024-02-29'],
    [
      'an irrevocable period: the first end of the month on or after it',
      ongoing(3, 2, { irrevocableUntil: '2028-06-30' }),
      '2026-12-07',
      '2029-02-28',
      '2028-11-30',
    ],
    [
      'an irrevocable period that ends on the month end itself is allowed',
      ongoing(3, 2, { irrevocableUntil: '2028-02-29' }),
      '2026-12-07',
      '2028-02-29',
      '2027-11-30',
    ],
    [
      'terminable during a fixed term: not after the term end',
      { ...ongoing(3, 6), termKind: 'months', termMonths: 36, inForceFrom: '2025-01-01', earlyTermination: true },
      '2027-04-01',
      '2027-12-31',
      '2027-09-30',
    ],
  ])('%s', (_, terms, today, earliestEnd, latestNoticeDate) => {
    expect(contractDeadlines(terms, [], today)).toMatchObject({ earliestEnd, latestNoticeDate });
  });

  it('a given termination ends at the end of the month its notice reaches', () => {
    const given = (on: CalendarDate) => contractDeadlines(ongoing(6, 6, { terminationGivenOn: on }), [], '2027-02-01').finalEnd;
    expect(given('2026-12-31')).toBe('2027-06-30');
    expect(given('2027-01-01')).toBe('2028-06-30');
  });

  it('automatic renewal by 18 months: the contract still ends only at a term end', () => {
    const terms: DeadlineTerms = {
      ...base,
      inForceFrom: '2025-01-01',
      termMonths: 18,
      renewal: 'automatic',
      renewalMonths: 18,
      noticeMonths: 3,
      noticePeriodEnd: 'named_month',
      noticeEndMonth: 6,
    };
    // Terms end 2026-06-30, 2027-12-31, 2029-06-30 …; on 7 December 2026 the next reachable term end is 2027-12-31.
    expect(contractDeadlines(terms, [], '2026-12-07')).toMatchObject({
      currentTermEnd: '2027-12-31',
      earliestEnd: '2027-12-31',
      latestNoticeDate: '2027-09-30',
    });
  });

  it('without its month the notice cannot be counted, and the explanation says so', () => {
    const d = contractDeadlines(ongoing(3, 6, { noticeEndMonth: null }), [], '2026-12-07');
    expect(d.earliestEnd).toBeNull();
    expect(d.latestNoticeDate).toBeNull();
    expect(d.explanation[0]).toBe('Måneden, opsigelsen skal ske til udgangen af, mangler.');
  });

  const month = fc.integer({ min: 1, max: 12 });
  it('always ends on the last day of the named month, reached by the notice, and no earlier such day is', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 0, max: 36 }), month, (on, months, m) => {
        const end = earliestEndByNotice(on, months, 'named_month', null, m);
        expect(Number(end.slice(5, 7))).toBe(m);
        expect(Number(end.slice(8, 10))).toBe(daysInMonth(Number(end.slice(0, 4)), m));
        expect(latestNoticeFor(end, months) >= on).toBe(true);
        // The same month a year earlier would have needed notice before `on`.
        const yearBefore = periodEnd(addMonths(end, -12), 'named_month', m);
        expect(latestNoticeFor(yearBefore, months) < on).toBe(true);
      }),
    );
  });

  it('the latest notice date is the last day whose notice still reaches the end, and the end is within a year of the notice', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 0, max: 36 }), month, calendarDate, (start, notice, m, day) => {
        const d = contractDeadlines(ongoing(notice, m, { inForceFrom: start }), [], day);
        const latest = d.latestNoticeDate as CalendarDate;
        const end = d.earliestEnd as CalendarDate;
        expect(latest >= day).toBe(true);
        expect(addMonths(latest, notice) <= end).toBe(true);
        expect(addMonths(addDays(latest, 1), notice) > end).toBe(true);
        if (start <= day) expect(end < addMonths(addMonths(day, notice), 12)).toBe(true);
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
