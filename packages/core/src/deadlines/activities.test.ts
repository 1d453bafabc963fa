import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NoticePeriodEnd } from '../register/contract-values.js';
import { type CalendarDate, daysInMonth } from '../time/calendar-date.js';
import { addDays, addMonths, isLastDayOfMonth, lastDayOfMonth } from '../time/calendar-math.js';
import {
  DERIVED_ACTIVITY_TYPES,
  type DerivedSyncPlan,
  derivedActivitiesOf,
  type ExistingDerived,
  MANUAL_ACTIVITY_TYPES,
  nextOccurrence,
  noticeIsDeadline,
  occurrencesBetween,
  planDerivedSync,
  RECURRENCES,
  type Recurrence,
  recurrenceStepMonths,
  type Schedule,
  type WantedDerived,
} from './activities.js';
import type { ContractDeadlines } from './contract-deadlines.js';

const calendarDate = fc
  .record({ y: fc.integer({ min: 2000, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  // Padded digits of a year, month and day: a `YYYY-MM-DD` date.
  .map(
    ({ y, m, d }) =>
      `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, daysInMonth(y, m))).padStart(2, '0')}` as CalendarDate,
  );
const periodic = fc.constantFrom<Recurrence>('monthly', 'quarterly', 'half_yearly', 'yearly');

const schedule = (recurrence: Recurrence, anchor: CalendarDate | null, dates: CalendarDate[] = []): Schedule => ({
  recurrence,
  anchor,
  dates,
});

describe('activity types', () => {
  it('derived and manual types do not overlap, and the recurrences are as documented', () => {
    const derived: readonly string[] = DERIVED_ACTIVITY_TYPES;
    expect(MANUAL_ACTIVITY_TYPES.filter((t) => derived.includes(t))).toEqual([]);
    expect(RECURRENCES).toEqual(['none', 'monthly', 'quarterly', 'half_yearly', 'yearly', 'dates']);
  });
});

describe('recurrenceStepMonths', () => {
  it.each<[Recurrence, number | null]>([
    ['monthly', 1],
    ['quarterly', 3],
    ['half_yearly', 6],
    ['yearly', 12],
    ['none', null],
    ['dates', null],
  ])('%s: %s months', (r, expected) => {
    expect(recurrenceStepMonths(r)).toBe(expected);
  });
});

describe('nextOccurrence', () => {
  it.each<[Schedule, CalendarDate | null, CalendarDate | null, string]>([
    [schedule('none', '2026-05-01'), null, '2026-05-01', 'one-off: the anchor first'],
    [schedule('none', '2026-05-01'), '2026-04-30', '2026-05-01', 'one-off: the anchor while it is ahead'],
    [schedule('none', '2026-05-01'), '2026-05-01', null, 'one-off: strictly after, so not the anchor itself'],
    [schedule('none', null), null, null, 'no anchor, no occurrence'],
    [schedule('monthly', null), '2026-01-01', null, 'periodic without an anchor'],
    [schedule('monthly', '2026-01-31'), '2026-01-31', '2026-02-28', '31 January monthly: end of February'],
    [schedule('monthly', '2026-01-31'), '2026-02-28', '2026-03-31', 'then 31 March, not 28 March (from the anchor)'],
    [schedule('monthly', '2026-01-31'), '2026-03-31', '2026-04-30', 'then 30 April'],
    [schedule('monthly', '2024-01-31'), '2024-01-31', '2024-02-29', 'leap February'],
    [schedule('monthly', '2026-01-30'), '2026-02-28', '2026-03-30', '30 January monthly: 28 February, then 30 March'],
    [schedule('monthly', '2026-02-28'), '2026-02-28', '2026-03-31', 'anchored on a month end: stays on month ends'],
    [schedule('monthly', '2026-01-15'), '2026-01-10', '2026-01-15', 'the anchor when after is before it'],
    [schedule('monthly', '2026-01-15'), '2026-03-15', '2026-04-15', 'strictly after an occurrence'],
    [schedule('monthly', '2026-01-15'), '2026-03-16', '2026-04-15', 'between occurrences'],
    [schedule('quarterly', '2026-01-31'), '2026-02-01', '2026-04-30', 'quarterly from 31 January'],
    [schedule('half_yearly', '2026-03-31'), '2026-04-01', '2026-09-30', 'half-yearly'],
    [schedule('yearly', '2024-02-29'), '2024-02-29', '2025-02-28', 'yearly from a leap day'],
    [schedule('yearly', '2024-02-29'), '2027-03-01', '2028-02-29', 'and back to 29 February in a leap year'],
    [schedule('monthly', '2000-01-31'), '2099-12-31', '2100-01-31', 'a hundred years on'],
    [schedule('dates', null, ['2026-09-01', '2026-03-01', '2026-03-01']), null, '2026-03-01', 'dates: the earliest'],
    [schedule('dates', null, ['2026-09-01', '2026-03-01']), '2026-03-01', '2026-09-01', 'dates: strictly after'],
    [schedule('dates', '2020-01-01', ['2026-09-01']), '2026-09-01', null, 'dates: none left (the anchor is not used)'],
  ])('%j after %s → %s (%s)', (s, after, expected) => {
    expect(nextOccurrence(s, after)).toBe(expected);
  });

  it('rejects malformed dates', () => {
    expect(() => nextOccurrence(schedule('monthly', '2026-02-30'), null)).toThrow(RangeError);
    expect(() => nextOccurrence(schedule('dates', null, ['2026-13-01']), null)).toThrow(RangeError);
    expect(() => nextOccurrence(schedule('monthly', '2026-01-01'), '1.1.2026' as string as CalendarDate)).toThrow(RangeError);
  });

  it('is anchor + k × step months for the least k that is after `after` (checked against counting from the anchor)', () => {
    fc.assert(
      fc.property(periodic, calendarDate, fc.integer({ min: -400, max: 4000 }), (r, anchor, offset) => {
        const after = addDays(anchor, offset);
        const step = recurrenceStepMonths(r) as number;
        let k = 0;
        while (addMonths(anchor, k * step) <= after) k += 1;
        expect(nextOccurrence(schedule(r, anchor), after)).toBe(addMonths(anchor, k * step));
      }),
    );
  });

  it('an anchor on a month end gives month ends only; occurrences rise strictly', () => {
    fc.assert(
      fc.property(periodic, calendarDate, calendarDate, (r, day, after) => {
        const anchor = lastDayOfMonth(day);
        const next = nextOccurrence(schedule(r, anchor), after) as CalendarDate;
        expect(isLastDayOfMonth(next)).toBe(true);
        expect(next > after).toBe(true);
        expect((nextOccurrence(schedule(r, anchor), next) as CalendarDate) > next).toBe(true);
      }),
    );
  });
});

describe('occurrencesBetween', () => {
  it.each<[Schedule, CalendarDate, CalendarDate, number | undefined, CalendarDate[]]>([
    [
      schedule('monthly', '2026-01-31'),
      '2026-01-01',
      '2026-06-30',
      undefined,
      ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30'],
    ],
    [schedule('monthly', '2026-01-15'), '2026-03-15', '2026-05-15', undefined, ['2026-03-15', '2026-04-15', '2026-05-15']],
    [
      schedule('quarterly', '2026-01-01'),
      '2026-02-01',
      '2027-01-01',
      undefined,
      ['2026-04-01', '2026-07-01', '2026-10-01', '2027-01-01'],
    ],
    [schedule('monthly', '2026-01-01'), '2026-01-01', '2026-12-31', 3, ['2026-01-01', '2026-02-01', '2026-03-01']],
    [schedule('none', '2026-05-01'), '2026-05-01', '2026-05-01', undefined, ['2026-05-01']],
    [schedule('none', '2026-05-01'), '2026-05-02', '2026-12-31', undefined, []],
    [
      schedule('dates', null, ['2026-07-01', '2026-01-01', '2026-03-01', '2026-03-01']),
      '2026-02-01',
      '2026-07-01',
      undefined,
      ['2026-03-01', '2026-07-01'],
    ],
    [schedule('yearly', '2020-06-30'), '2026-07-01', '2026-06-30', undefined, []],
  ])('%j from %s to %s (limit %s) → %j', (s, from, to, limit, expected) => {
    expect(occurrencesBetween(s, from, to, limit)).toEqual(expected);
  });

  it('caps at 500 by default', () => {
    expect(occurrencesBetween(schedule('monthly', '2000-01-01'), '2000-01-01', '2100-12-31')).toHaveLength(500);
  });

  it('agrees with nextOccurrence: every occurrence in the range, ascending, and nothing else', () => {
    fc.assert(
      fc.property(periodic, calendarDate, calendarDate, fc.integer({ min: 0, max: 1500 }), (r, anchor, from, length) => {
        const s = schedule(r, anchor);
        const to = addDays(from, length);
        const list = occurrencesBetween(s, from, to);
        const expected: CalendarDate[] = [];
        for (let d = nextOccurrence(s, addDays(from, -1)); d !== null && d <= to; d = nextOccurrence(s, d)) expected.push(d);
        expect(list).toEqual(expected);
        for (const d of list) expect(d >= from && d <= to && d >= anchor).toBe(true);
      }),
    );
  });
});

describe('derivedActivitiesOf', () => {
  const none: ContractDeadlines = {
    currentTermEnd: null,
    finalEnd: null,
    earliestEnd: null,
    latestNoticeDate: null,
    optionDeadlines: [],
    nextPriceRegulation: null,
    irrevocableUntil: null,
    explanation: [],
  };

  it('nothing for a contract without deadlines', () => {
    expect(derivedActivitiesOf(none, '2026-11-22')).toEqual([]);
  });

  it('one activity per deadline; only the first open period of each option', () => {
    const d: ContractDeadlines = {
      ...none,
      finalEnd: '2027-12-31',
      latestNoticeDate: '2027-06-30',
      optionDeadlines: [
        { optionId: 'k', period: 1, deadline: '2027-06-30', extendsTo: null },
        { optionId: 'x', period: 2, deadline: '2027-09-30', extendsTo: '2028-12-31' },
        { optionId: 'x', period: 3, deadline: '2028-09-30', extendsTo: '2029-12-31' },
      ],
      nextPriceRegulation: '2027-01-01',
      irrevocableUntil: '2026-12-31',
    };
    expect(derivedActivitiesOf(d, '2026-11-22')).toEqual<WantedDerived[]>([
      { key: 'expiry', type: 'expiry', dueOn: '2027-12-31', optionId: null },
      { key: 'notice_deadline', type: 'notice_deadline', dueOn: '2027-06-30', optionId: null },
      { key: 'option:k', type: 'option_exercise', dueOn: '2027-06-30', optionId: 'k' },
      { key: 'option:x', type: 'option_exercise', dueOn: '2027-09-30', optionId: 'x' },
      { key: 'price_regulation', type: 'price_regulation', dueOn: '2027-01-01', optionId: null },
      { key: 'irrevocable_end', type: 'irrevocable_end', dueOn: '2026-12-31', optionId: null },
    ]);
  });

  it('the irrevocable end only while it is today or later', () => {
    const d: ContractDeadlines = { ...none, irrevocableUntil: '2026-11-22' };
    expect(derivedActivitiesOf(d, '2026-11-22').map((w) => w.key)).toEqual(['irrevocable_end']);
    expect(derivedActivitiesOf(d, '2026-11-23')).toEqual([]);
  });

  it("an option's earliest deadline even if the list were not sorted", () => {
    const d: ContractDeadlines = {
      ...none,
      optionDeadlines: [
        { optionId: 'x', period: 3, deadline: '2028-09-30', extendsTo: null },
        { optionId: 'x', period: 2, deadline: '2027-09-30', extendsTo: null },
      ],
    };
    expect(derivedActivitiesOf(d, '2026-11-22')).toEqual([
      { key: 'option:x', type: 'option_exercise', dueOn: '2027-09-30', optionId: 'x' },
    ]);
  });
});

/** What a store does with a plan. */
function apply(existing: readonly ExistingDerived[], plan: DerivedSyncPlan, newId: () => string): ExistingDerived[] {
  const moved = new Map(plan.move.map((m) => [m.id, m.dueOn]));
  const removed = new Set(plan.remove);
  return [
    ...existing.filter((e) => !removed.has(e.id)).map((e) => ({ ...e, dueOn: moved.get(e.id) ?? e.dueOn })),
    ...plan.insert.map((w): ExistingDerived => ({ id: newId(), key: w.key, dueOn: w.dueOn, status: 'open' })),
  ];
}

describe('planDerivedSync', () => {
  const today = '2026-11-22';
  const want = (key: string, dueOn: CalendarDate): WantedDerived => ({ key, type: 'expiry', dueOn, optionId: null });
  const row = (id: string, key: string, dueOn: CalendarDate, status: 'open' | 'done' = 'open'): ExistingDerived => ({
    id,
    key,
    dueOn,
    status,
  });
  const empty: DerivedSyncPlan = { insert: [], move: [], remove: [] };

  it.each<[string, ExistingDerived[], WantedDerived[], DerivedSyncPlan]>([
    ['a new deadline is inserted', [], [want('expiry', '2027-12-31')], { ...empty, insert: [want('expiry', '2027-12-31')] }],
    ['an unchanged deadline: nothing to do', [row('a', 'expiry', '2027-12-31')], [want('expiry', '2027-12-31')], empty],
    [
      'a changed deadline moves the open row',
      [row('a', 'expiry', '2027-12-31')],
      [want('expiry', '2028-12-31')],
      { ...empty, move: [{ id: 'a', dueOn: '2028-12-31' }] },
    ],
    [
      'the earliest of several open future rows moves; the others go',
      [row('b', 'expiry', '2029-12-31'), row('a', 'expiry', '2027-12-31'), row('c', 'expiry', '2030-12-31')],
      [want('expiry', '2028-12-31')],
      { ...empty, move: [{ id: 'a', dueOn: '2028-12-31' }], remove: ['b', 'c'] },
    ],
    [
      'a deadline no longer wanted: its open future row goes',
      [row('a', 'notice_deadline', '2027-06-30')],
      [],
      { ...empty, remove: ['a'] },
    ],
    [
      'a done row on the wanted day: nothing inserted',
      [row('a', 'expiry', '2027-12-31', 'done')],
      [want('expiry', '2027-12-31')],
      empty,
    ],
    [
      'a done row elsewhere is kept, a new row inserted',
      [row('a', 'price_regulation', '2026-01-01', 'done')],
      [want('price_regulation', '2027-01-01')],
      { ...empty, insert: [want('price_regulation', '2027-01-01')] },
    ],
    [
      'an overdue open row is kept, a new row inserted',
      [row('a', 'notice_deadline', '2026-09-30')],
      [want('notice_deadline', '2027-09-30')],
      { ...empty, insert: [want('notice_deadline', '2027-09-30')] },
    ],
    [
      'a row due today counts as future',
      [row('a', 'option:x', today)],
      [want('option:x', '2027-09-30')],
      { ...empty, move: [{ id: 'a', dueOn: '2027-09-30' }] },
    ],
    [
      'a row already on the wanted day stays; other open future rows go',
      [row('a', 'expiry', '2027-12-31'), row('b', 'expiry', '2028-12-31')],
      [want('expiry', '2027-12-31')],
      { ...empty, remove: ['b'] },
    ],
    [
      'keys are independent',
      [row('a', 'expiry', '2027-12-31'), row('b', 'option:x', '2027-09-30')],
      [want('option:x', '2027-09-30'), want('option:y', '2027-06-30')],
      { ...empty, insert: [want('option:y', '2027-06-30')], remove: ['a'] },
    ],
  ])('%s', (_, existing, wanted, expected) => {
    expect(planDerivedSync(existing, wanted, today)).toEqual(expected);
  });

  const key = fc.constantFrom('expiry', 'notice_deadline', 'option:x', 'option:y');
  const near = fc.integer({ min: -5, max: 5 }).map((n) => addDays(today, n));
  const existingRows = fc
    .uniqueArray(fc.record({ key, dueOn: near, status: fc.constantFrom<'open' | 'done'>('open', 'done') }), {
      maxLength: 12,
      selector: (r) => `${r.key} ${r.dueOn}`,
    })
    .map((rows) => rows.map((r, i): ExistingDerived => ({ id: `r${i}`, ...r })));
  const wantedRows = fc
    .uniqueArray(fc.record({ key, dueOn: near }), { maxLength: 4, selector: (w) => w.key })
    .map((ws) => ws.map((w) => want(w.key, w.dueOn)));
  const todays = fc.integer({ min: -3, max: 3 }).map((n) => addDays(today, n));

  it('is idempotent and keeps the invariants: one row per key and day, done rows untouched, one open future row per key', () => {
    fc.assert(
      fc.property(existingRows, wantedRows, todays, (existing, wanted, day) => {
        let n = 0;
        const plan = planDerivedSync(existing, wanted, day);
        const after = apply(existing, plan, () => `new${n++}`);

        expect(planDerivedSync(after, wanted, day)).toEqual(empty);

        const pairs = after.map((r) => `${r.key} ${r.dueOn}`);
        expect(new Set(pairs).size).toBe(pairs.length);

        const touched = new Set([...plan.remove, ...plan.move.map((m) => m.id)]);
        for (const r of existing) {
          if (r.status === 'done' || r.dueOn < day) expect(touched.has(r.id)).toBe(false);
        }

        for (const k of new Set(after.map((r) => r.key))) {
          expect(after.filter((r) => r.key === k && r.status === 'open' && r.dueOn >= day).length).toBeLessThanOrEqual(1);
        }

        for (const w of wanted) expect(after.some((r) => r.key === w.key && r.dueOn === w.dueOn)).toBe(true);
      }),
    );
  });
});

describe('derivedActivitiesOf leaves deadlines behind us alone', () => {
  it('gives no expiry for a contract that ended before today', async () => {
    const { contractDeadlines } = await import('./contract-deadlines.js');
    const d = contractDeadlines(
      {
        inForceFrom: '2020-01-01',
        termKind: 'months',
        termMonths: 24,
        termEndsOn: null,
        renewal: 'none',
        renewalMonths: null,
        irrevocableUntil: '2020-06-30',
        noticeMonths: null,
        noticePeriodEnd: null,
        noticeEndMonth: null,
        earlyTermination: false,
        terminationGivenOn: null,
        terminationEffectiveOn: null,
        priceRegulationDate: null,
      },
      [],
      '2026-11-22',
    );
    expect(d.finalEnd).toBe('2021-12-31');
    expect(derivedActivitiesOf(d, '2026-11-22')).toEqual([]);
  });
});

describe('noticeIsDeadline', () => {
  it.each<[string, 'months' | 'end_date' | 'ongoing', boolean, NoticePeriodEnd | null, boolean]>([
    ['fixed term, notice serves the term end', 'months', false, null, true],
    ['fixed term by end date, to a month end', 'end_date', false, 'month', true],
    ['løbende, to any day (always today)', 'ongoing', false, null, false],
    ['løbende, to a month end (rolls monthly)', 'ongoing', false, 'month', false],
    ['løbende, to a quarter end', 'ongoing', false, 'quarter', false],
    ['løbende, to a half-year end', 'ongoing', false, 'half_year', true],
    ['løbende, to a year end', 'ongoing', false, 'year', true],
    ['terminable during the term, to a month end', 'months', true, 'month', false],
    ['terminable during the term, to a year end', 'months', true, 'year', true],
    ['løbende, to the end of a given month (missing it costs a year)', 'ongoing', false, 'named_month', true],
    ['terminable during the term, to the end of a given month', 'months', true, 'named_month', true],
  ])('%s', (_, termKind, earlyTermination, noticePeriodEnd, expected) => {
    expect(noticeIsDeadline({ termKind, earlyTermination, noticePeriodEnd })).toBe(expected);
  });

  it('leaves the notice deadline out when told', async () => {
    const { contractDeadlines } = await import('./contract-deadlines.js');
    const d = contractDeadlines(
      {
        inForceFrom: '2024-01-01',
        termKind: 'ongoing',
        termMonths: null,
        termEndsOn: null,
        renewal: 'none',
        renewalMonths: null,
        irrevocableUntil: null,
        noticeMonths: 3,
        noticePeriodEnd: null,
        noticeEndMonth: null,
        earlyTermination: false,
        terminationGivenOn: null,
        terminationEffectiveOn: null,
        priceRegulationDate: null,
      },
      [],
      '2026-11-22',
    );
    expect(d.latestNoticeDate).toBe('2026-11-22');
    expect(derivedActivitiesOf(d, '2026-11-22', { noticeDeadline: false })).toEqual([]);
  });
});
