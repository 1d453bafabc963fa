import { describe, expect, it } from 'vitest';
import { nextOccurrence } from '../deadlines/activities.js';
import type { CalendarDate } from '../time/calendar-date.js';
import {
  DEFAULT_FOLLOW_UP_REGIME,
  firstDueOn,
  followUpOfMeeting,
  followUpPeriodEnd,
  meetingFulfils,
  planRegimeSync,
  type RegimeActivity,
} from './follow-up-regime.js';

const d = (s: string) => s as CalendarDate;

describe('the end of a calendar period', () => {
  it.each([
    ['2026-02-10', 'monthly', '2026-02-28'],
    ['2024-02-10', 'monthly', '2024-02-29'],
    ['2026-01-01', 'quarterly', '2026-03-31'],
    ['2026-05-31', 'quarterly', '2026-06-30'],
    ['2026-12-31', 'quarterly', '2026-12-31'],
    ['2026-07-01', 'half_yearly', '2026-12-31'],
    ['2026-06-30', 'half_yearly', '2026-06-30'],
    ['2026-03-15', 'yearly', '2026-12-31'],
  ] as const)('Given %s and %s, then the period ends %s', (day, recurrence, end) => {
    expect(followUpPeriodEnd(d(day), recurrence)).toBe(end);
  });
});

describe('the first due date of a follow-up', () => {
  it.each([
    ['2026-12-08', 'quarterly', '2027-03-31'],
    ['2026-10-02', 'quarterly', '2026-12-31'],
    ['2026-11-30', 'quarterly', '2026-12-31'],
    ['2026-12-08', 'yearly', '2027-12-31'],
    ['2026-03-01', 'yearly', '2026-12-31'],
    ['2026-01-30', 'monthly', '2026-01-31'],
    ['2026-12-08', 'half_yearly', '2027-06-30'],
    ['2024-08-31', 'half_yearly', '2024-12-31'],
  ] as const)('Given a placement on %s and a %s follow-up, then it is first due %s', (day, recurrence, due) => {
    expect(firstDueOn(d(day), recurrence)).toBe(due);
  });

  it('Given a quarterly follow-up first due on 31 March, then it recurs on the quarter ends', () => {
    const schedule = { recurrence: 'quarterly' as const, anchor: d('2027-03-31'), dates: [] };
    const dates: string[] = [];
    let after: CalendarDate | null = null;
    for (let i = 0; i < 5; i++) {
      after = nextOccurrence(schedule, after);
      dates.push(after ?? '');
    }
    expect(dates).toEqual(['2027-03-31', '2027-06-30', '2027-09-30', '2027-12-31', '2028-03-31']);
  });
});

describe('keeping the regime activities in step', () => {
  const a = (
    id: string,
    kind: RegimeActivity['kind'],
    recurrence: RegimeActivity['recurrence'],
    dueOn: string,
    done = false,
  ): RegimeActivity => ({
    id,
    kind,
    recurrence,
    dueOn: d(dueOn),
    done,
  });
  const day = d('2026-12-08');

  it('Given a new strategic supplier, then a quarterly meeting, a quarterly evaluation and a yearly strategic meeting are created', () => {
    expect(planRegimeSync([], DEFAULT_FOLLOW_UP_REGIME.strategic, day)).toEqual({
      create: [
        { kind: 'status_meeting', recurrence: 'quarterly', anchorOn: '2027-03-31' },
        { kind: 'supplier_evaluation', recurrence: 'quarterly', anchorOn: '2027-03-31' },
        { kind: 'strategic_meeting', recurrence: 'yearly', anchorOn: '2027-12-31' },
      ],
      update: [],
      remove: [],
    });
  });

  it('Given a strategic supplier that becomes routine, then the meetings go and the evaluation becomes yearly, still due this quarter', () => {
    const existing = [
      a('m', 'status_meeting', 'quarterly', '2026-12-31'),
      a('e', 'supplier_evaluation', 'quarterly', '2026-12-31'),
      a('s', 'strategic_meeting', 'yearly', '2026-12-31'),
    ];
    expect(planRegimeSync(existing, DEFAULT_FOLLOW_UP_REGIME.routine, day)).toEqual({
      create: [],
      update: [{ id: 'e', recurrence: 'yearly', anchorOn: '2026-12-31' }],
      remove: ['m', 's'],
    });
  });

  it('Given a routine supplier that becomes strategic, then the evaluation is re-anchored on the new, earlier first date', () => {
    const existing = [a('e', 'supplier_evaluation', 'yearly', '2027-12-31')];
    const plan = planRegimeSync(existing, DEFAULT_FOLLOW_UP_REGIME.strategic, day);
    expect(plan.update).toEqual([{ id: 'e', recurrence: 'quarterly', anchorOn: '2027-03-31' }]);
    expect(plan.create.map((c) => c.kind)).toEqual(['status_meeting', 'strategic_meeting']);
  });

  it('Given the same segment again, then nothing changes', () => {
    const existing = [a('e', 'supplier_evaluation', 'yearly', '2027-12-31', true)];
    expect(planRegimeSync(existing, DEFAULT_FOLLOW_UP_REGIME.routine, day)).toEqual({ create: [], update: [], remove: [] });
  });

  it('Given two activities of one kind, then the second is removed', () => {
    const existing = [
      a('e1', 'supplier_evaluation', 'yearly', '2027-12-31'),
      a('e2', 'supplier_evaluation', 'yearly', '2027-12-31'),
    ];
    expect(planRegimeSync(existing, DEFAULT_FOLLOW_UP_REGIME.routine, day).remove).toEqual(['e2']);
  });
});

describe('a held meeting and the regime', () => {
  it.each([
    ['2027-03-31', 'quarterly', '2027-01-01', true],
    ['2027-03-31', 'quarterly', '2026-12-31', false],
    ['2027-03-31', 'quarterly', '2027-04-10', true],
    ['2027-06-30', 'half_yearly', '2026-12-31', false],
    ['2027-06-30', 'half_yearly', '2027-01-02', true],
    ['2028-02-29', 'monthly', '2028-02-01', true],
    ['2028-02-29', 'monthly', '2028-01-31', false],
  ] as const)('Given an occurrence due %s (%s), a meeting on %s fulfils it: %s', (due, recurrence, held, fulfils) => {
    expect(meetingFulfils(d(due), recurrence, d(held))).toBe(fulfils);
  });

  it.each([
    ['Strategisk', 'strategic_meeting'],
    [' strategisk ', 'strategic_meeting'],
    ['Taktisk', 'status_meeting'],
    [null, 'status_meeting'],
  ] as const)('Given a meeting at level %j, it counts as %s', (level, kind) => {
    expect(followUpOfMeeting(level)).toBe(kind);
  });
});
