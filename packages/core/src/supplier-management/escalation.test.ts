import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../time/calendar-date.js';
import { type EscalationPath, escalationDeadlines, escalationDueOn, nextEscalationStep } from './escalation.js';

const path = (days: Array<number | null>, bodyName: string | null = 'Leverandørstyringsudvalg'): EscalationPath => ({
  levels: ['Strategisk', 'Taktisk', 'Operationelt'].map((name, i) => ({ name, escalationDays: days[i] ?? null })),
  bodyName,
});

describe('escalationDeadlines', () => {
  it.each<{
    given: string;
    raisedOn: CalendarDate;
    level: number;
    path: EscalationPath;
    expected: Array<[string, string | null]>;
  }>([
    {
      given: 'an issue raised at the operational level, 5, 10 and 14 days a step',
      raisedOn: '2026-03-02',
      level: 2,
      path: path([14, 10, 5]),
      expected: [
        ['Taktisk', '2026-03-07'],
        ['Strategisk', '2026-03-17'],
        ['Leverandørstyringsudvalg', '2026-03-31'],
      ],
    },
    {
      given: 'a step across a month end',
      raisedOn: '2026-01-30',
      level: 1,
      path: path([30, 3, 5]),
      expected: [
        ['Strategisk', '2026-02-02'],
        ['Leverandørstyringsudvalg', '2026-03-04'],
      ],
    },
    {
      given: 'a leap year: February has 29 days',
      raisedOn: '2028-02-27',
      level: 2,
      path: path([7, 7, 2]),
      expected: [
        ['Taktisk', '2028-02-29'],
        ['Strategisk', '2028-03-07'],
        ['Leverandørstyringsudvalg', '2028-03-14'],
      ],
    },
    {
      given: 'not a leap year: 2100',
      raisedOn: '2100-02-27',
      level: 2,
      path: path([7, 7, 2]),
      expected: [
        ['Taktisk', '2100-03-01'],
        ['Strategisk', '2100-03-08'],
        ['Leverandørstyringsudvalg', '2100-03-15'],
      ],
    },
    {
      given: 'a step across the year end',
      raisedOn: '2026-12-28',
      level: 0,
      path: path([10, 5, 5]),
      expected: [['Leverandørstyringsudvalg', '2027-01-07']],
    },
    {
      given: 'a level without a time limit: it and the later steps have no date',
      raisedOn: '2026-06-01',
      level: 2,
      path: path([14, null, 5]),
      expected: [
        ['Taktisk', '2026-06-06'],
        ['Strategisk', null],
        ['Leverandørstyringsudvalg', null],
      ],
    },
    {
      given: 'no governance body above the top level',
      raisedOn: '2026-06-01',
      level: 1,
      path: path([14, 3, 5], null),
      expected: [['Strategisk', '2026-06-04']],
    },
    {
      given: 'a time limit of 0 days: the same day',
      raisedOn: '2026-06-01',
      level: 0,
      path: path([0, 3, 5]),
      expected: [['Leverandørstyringsudvalg', '2026-06-01']],
    },
  ])('given $given, the latest dates are $expected', ({ raisedOn, level, path, expected }) => {
    expect(escalationDeadlines(raisedOn, level, path).map((s) => [s.to, s.latestOn])).toEqual(expected);
  });

  it('names where each step goes from and its limit', () => {
    expect(escalationDeadlines('2026-03-02', 1, path([14, 10, 5]))).toEqual([
      { from: 'Taktisk', to: 'Strategisk', days: 10, latestOn: '2026-03-12' },
      { from: 'Strategisk', to: 'Leverandørstyringsudvalg', days: 14, latestOn: '2026-03-26' },
    ]);
  });
});

describe('the next step of an escalation', () => {
  const levels = [
    { id: 'o', name: 'Operationelt', position: 2, escalationDays: 5, escalationBodyId: null },
    { id: 's', name: 'Strategisk', position: 0, escalationDays: 30, escalationBodyId: 'lsu' },
    { id: 't', name: 'Taktisk', position: 1, escalationDays: 10, escalationBodyId: null },
  ];
  it.each([
    ['o', { kind: 'level', levelId: 't', name: 'Taktisk' }],
    ['t', { kind: 'level', levelId: 's', name: 'Strategisk' }],
    ['s', { kind: 'body', bodyId: 'lsu' }],
    ['x', null],
  ] as const)('Given an issue at level %s, then it goes to %j', (from, step) => {
    expect(nextEscalationStep(levels, from)).toEqual(step);
  });

  it('Given a top level that names no body, then there is no next step', () => {
    expect(
      nextEscalationStep([{ id: 's', name: 'Strategisk', position: 0, escalationDays: null, escalationBodyId: null }], 's'),
    ).toBeNull();
  });

  it.each([
    ['2027-01-25', 10, '2027-02-04'],
    ['2028-02-25', 5, '2028-03-01'],
    ['2026-12-30', 2, '2027-01-01'],
    ['2026-12-30', null, null],
  ] as const)('Given an issue raised on %s with %s days, then it is due %s', (raised, days, due) => {
    expect(escalationDueOn(raised, days)).toBe(due);
  });
});
