import { describe, expect, it } from 'vitest';
import { contractDeadlines, type DeadlineOption, exercisedMonths } from '../deadlines/contract-deadlines.js';
import type { CalendarDate } from '../time/calendar-date.js';
import { type ContractTerms, contractStatus, contractTermProblems, type TermFields } from './contract-terms.js';

/** The stored end of a contract: its final end if nothing more is done (the same on any day). */
function contractEndsOn(
  terms: ContractTerms,
  options: Array<Pick<DeadlineOption, 'kind' | 'periodMonths' | 'exercisedPeriods'>> = [],
) {
  const full = options.map((o, i) => ({ ...o, id: String(i), periods: 3, latestExerciseOn: null, leadTimeMonths: null }));
  const rest = {
    renewalMonths: null,
    irrevocableUntil: null,
    noticeMonths: null,
    noticePeriodEnd: null,
    noticeEndMonth: null,
    earlyTermination: false,
    priceRegulationDate: null,
  };
  return contractDeadlines({ ...rest, ...terms }, full, '2026-11-22').finalEnd;
}

const base: ContractTerms = {
  inForceFrom: '2025-01-01',
  termKind: 'months',
  termMonths: 24,
  termEndsOn: null,
  renewal: 'none',
  terminationGivenOn: null,
  terminationEffectiveOn: null,
};

describe('the end of a contract if nothing more is done (endsOn)', () => {
  it.each<[string, Partial<ContractTerms>, string | null]>([
    ['24 months from 1 January 2025 end on 31 December 2026', {}, '2026-12-31'],
    [
      'a term from the last day of a month ends the day before the same month end',
      { inForceFrom: '2024-02-29', termMonths: 12 },
      '2025-02-27',
    ],
    ['a term from 31 January', { inForceFrom: '2026-01-31', termMonths: 1 }, '2026-02-27'],
    ['an end date is the end', { termKind: 'end_date', termMonths: null, termEndsOn: '2027-06-30' }, '2027-06-30'],
    ['ongoing runs on', { termKind: 'ongoing', termMonths: null }, null],
    ['automatic renewal runs on', { renewal: 'automatic' }, null],
    ['renewal by agreement ends at the term end', { renewal: 'by_agreement' }, '2026-12-31'],
    ['no in-force date: no end from months', { inForceFrom: null }, null],
    [
      'a given termination fixes the end, also of an ongoing contract',
      { termKind: 'ongoing', termMonths: null, terminationGivenOn: '2026-03-10', terminationEffectiveOn: '2026-09-30' },
      '2026-09-30',
    ],
    ['termination given without its effective day: the term decides', { terminationGivenOn: '2026-03-10' }, '2026-12-31'],
  ])('%s', (_, terms, expected) => {
    expect(contractEndsOn({ ...base, ...terms })).toBe(expected);
  });

  it('moves the end by the extension periods exercised, keeping month ends', () => {
    const options = [
      { kind: 'extension' as const, periodMonths: 12, exercisedPeriods: 1 },
      { kind: 'extension' as const, periodMonths: 6, exercisedPeriods: 0 },
      { kind: 'purchase' as const, periodMonths: null, exercisedPeriods: 1 },
    ];
    expect(exercisedMonths(options)).toBe(12);
    expect(contractEndsOn(base, options)).toBe('2027-12-31');
    expect(contractEndsOn({ ...base, termKind: 'end_date', termMonths: null, termEndsOn: '2026-02-28' }, options)).toBe(
      '2027-02-28',
    );
    // The extension starts on 28 February 2027, a month end, so it runs to the day before 29 February 2028.
    expect(contractEndsOn({ ...base, termKind: 'end_date', termMonths: null, termEndsOn: '2027-02-27' }, options)).toBe(
      '2028-02-28',
    );
  });
});

describe('contractStatus', () => {
  const today = '2026-11-22';
  it.each<
    [string, { inForceFrom: CalendarDate | null; terminationGivenOn: CalendarDate | null; endsOn: CalendarDate | null }, string]
  >([
    ['no in-force date is a draft', { inForceFrom: null, terminationGivenOn: null, endsOn: null }, 'draft'],
    ['in force tomorrow is a draft', { inForceFrom: '2026-11-23', terminationGivenOn: null, endsOn: null }, 'draft'],
    ['in force from today is active', { inForceFrom: '2026-11-22', terminationGivenOn: null, endsOn: '2027-01-01' }, 'active'],
    [
      'its last day is today: still active',
      { inForceFrom: '2020-01-01', terminationGivenOn: null, endsOn: '2026-11-22' },
      'active',
    ],
    [
      'ended yesterday without termination: expired',
      { inForceFrom: '2020-01-01', terminationGivenOn: null, endsOn: '2026-11-21' },
      'expired',
    ],
    ['terminated and ended', { inForceFrom: '2020-01-01', terminationGivenOn: '2026-01-05', endsOn: '2026-06-30' }, 'terminated'],
    [
      'terminated, not yet ended',
      { inForceFrom: '2020-01-01', terminationGivenOn: '2026-10-01', endsOn: '2027-03-31' },
      'under_termination',
    ],
    [
      'terminated, end not known',
      { inForceFrom: '2020-01-01', terminationGivenOn: '2026-10-01', endsOn: null },
      'under_termination',
    ],
    ['runs on', { inForceFrom: '2020-01-01', terminationGivenOn: null, endsOn: null }, 'active'],
  ])('%s', (_, facts, expected) => {
    expect(contractStatus(facts, today)).toBe(expected);
  });
});

describe('contractTermProblems', () => {
  const fields: TermFields = {
    ...base,
    signedOn: null,
    operationsStartOn: null,
    irrevocableUntil: null,
    noticeMonths: null,
    noticePeriodEnd: null,
    noticeEndMonth: null,
    renewalMonths: null,
  };
  it.each<[string, Partial<TermFields>, Array<{ field: string; problem: string }>]>([
    ['consistent terms', {}, []],
    ['a term in months needs the months', { termMonths: null }, [{ field: 'termMonths', problem: 'required' }]],
    ['an end date needs the date', { termKind: 'end_date', termMonths: null }, [{ field: 'termEndsOn', problem: 'required' }]],
    ['ongoing has no months', { termKind: 'ongoing' }, [{ field: 'termMonths', problem: 'not_allowed' }]],
    [
      'the end date cannot be before the start',
      { termKind: 'end_date', termMonths: null, termEndsOn: '2024-12-31' },
      [{ field: 'termEndsOn', problem: 'date_order' }],
    ],
    [
      'irrevocable until before the start',
      { irrevocableUntil: '2024-01-01' },
      [{ field: 'irrevocableUntil', problem: 'date_order' }],
    ],
    ['renewal months only with automatic renewal', { renewalMonths: 12 }, [{ field: 'renewalMonths', problem: 'not_allowed' }]],
    ['a notice period end needs the months', { noticePeriodEnd: 'quarter' }, [{ field: 'noticeMonths', problem: 'required' }]],
    [
      'notice to a given month needs the month',
      { noticePeriodEnd: 'named_month', noticeMonths: 3 },
      [{ field: 'noticeEndMonth', problem: 'required' }],
    ],
    ['notice to the end of February', { noticePeriodEnd: 'named_month', noticeMonths: 3, noticeEndMonth: 2 }, []],
    [
      'a month only with notice to a given month',
      { noticePeriodEnd: 'quarter', noticeMonths: 3, noticeEndMonth: 2 },
      [{ field: 'noticeEndMonth', problem: 'not_allowed' }],
    ],
    [
      'termination takes effect after it is given',
      { terminationGivenOn: '2026-05-01', terminationEffectiveOn: '2026-04-30' },
      [{ field: 'terminationEffectiveOn', problem: 'date_order' }],
    ],
    [
      'an effective day needs the termination',
      { terminationEffectiveOn: '2026-04-30' },
      [{ field: 'terminationEffectiveOn', problem: 'not_allowed' }],
    ],
    ['signed after it took effect is allowed (retroactive)', { signedOn: '2025-02-01' }, []],
  ])('%s', (_, change, expected) => {
    expect(contractTermProblems({ ...fields, ...change })).toEqual(expected);
  });
});
