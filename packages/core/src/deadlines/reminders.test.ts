import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, daysInMonth } from '../time/calendar-date.js';
import { addDays } from '../time/calendar-math.js';
import {
  DEFAULT_LEAD_DAYS,
  DEFAULT_LEAD_DAYS_OTHER,
  defaultLeadDays,
  dueReminders,
  MAX_DELIVERY_ATTEMPTS,
  normaliseLeadDays,
  REMINDER_GRACE_DAYS,
  type ReminderDecision,
  retryDelaySeconds,
} from './reminders.js';

const calendarDate = fc
  .record({ y: fc.integer({ min: 2000, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  // Padded digits of a year, month and day: a `YYYY-MM-DD` date.
  .map(
    ({ y, m, d }) =>
      `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, daysInMonth(y, m))).padStart(2, '0')}` as CalendarDate,
  );

describe('defaultLeadDays', () => {
  it.each<[string, number[]]>([
    ['notice_deadline', [180, 90, 30, 7]],
    ['expiry', [180, 90, 30]],
    ['status_meeting', [7, 1]],
    ['milestone', [14, 3]],
    ['a custom type', [14, 3]],
    ['constructor', [14, 3]],
  ])('%s: %j', (type, expected) => {
    expect(defaultLeadDays(type)).toEqual(expected);
  });

  it('returns a copy, and every default is already normalised', () => {
    defaultLeadDays('expiry').push(1);
    expect(DEFAULT_LEAD_DAYS.expiry).toEqual([180, 90, 30]);
    for (const days of [...Object.values(DEFAULT_LEAD_DAYS), DEFAULT_LEAD_DAYS_OTHER]) {
      expect(normaliseLeadDays(days)).toEqual(days);
    }
  });
});

describe('normaliseLeadDays', () => {
  it.each<[number[], number[]]>([
    [
      [7, 30, 7, 180],
      [180, 30, 7],
    ],
    [
      [0, 730],
      [730, 0],
    ],
    [[], []],
  ])('%j → %j', (days, expected) => {
    expect(normaliseLeadDays(days)).toEqual(expected);
  });

  it.each([[[-1]], [[731]], [[1.5]], [[Number.NaN]], [[Number.POSITIVE_INFINITY]]])('rejects %j', (days) => {
    expect(() => normaliseLeadDays(days)).toThrow(RangeError);
  });
});

describe('dueReminders', () => {
  const dueOn: CalendarDate = '2027-06-30';
  const old: { dueOn: CalendarDate; createdOn: CalendarDate } = { dueOn, createdOn: '2026-01-01' };
  const leads = [180, 90, 30, 7];
  const r = (leadDays: number, sendOn: CalendarDate, late = false, superseded = false): ReminderDecision => ({
    leadDays,
    sendOn,
    late,
    superseded,
  });

  it.each<[string, { dueOn: CalendarDate; createdOn: CalendarDate }, number[], CalendarDate, ReminderDecision[]]>([
    ['nothing before the first send day', old, [], '2026-12-31', []],
    ['the 180-day reminder on its day', old, [], '2027-01-01', [r(180, '2027-01-01')]],
    ['once planned, it is not due again', old, [180], '2027-01-02', []],
    ['the next one on its day', old, [180], '2027-04-01', [r(90, '2027-04-01')]],
    ['a missed run: sent late the next day', old, [180, 90], '2027-06-01', [r(30, '2027-05-31', true)]],
    [
      'several missed: only the smallest lead goes, the others are superseded',
      old,
      [180],
      '2027-06-25',
      [r(90, '2027-04-01', true, true), r(30, '2027-05-31', true, true), r(7, '2027-06-23', true)],
    ],
    [
      'created after the send days: short notice, not late',
      { dueOn, createdOn: '2027-06-20' },
      [],
      '2027-06-20',
      [r(180, '2027-01-01', false, true), r(90, '2027-04-01', false, true), r(30, '2027-05-31', false)],
    ],
    [
      'created on the send day itself and the run missed: late',
      { dueOn, createdOn: '2027-06-23' },
      [180, 90, 30],
      '2027-06-24',
      [r(7, '2027-06-23', true)],
    ],
    ['all planned: nothing', old, [180, 90, 30, 7], '2027-06-30', []],
    ['after the due date, within the grace window', old, [180, 90, 30], '2027-07-30', [r(7, '2027-06-23', true)]],
    ['after the grace window: nothing', old, [180, 90, 30], '2027-07-31', []],
    [
      'a larger lead added after a smaller one went out is superseded',
      old,
      [7],
      '2027-06-25',
      [r(180, '2027-01-01', true, true), r(90, '2027-04-01', true, true), r(30, '2027-05-31', true, true)],
    ],
  ])('%s', (_, o, planned, today, expected) => {
    expect(dueReminders(o, leads, new Set(planned), today)).toEqual(expected);
  });

  it('a lead of 0 is sent on the due day; lead times are normalised first', () => {
    expect(dueReminders(old, [0, 0], new Set(), dueOn)).toEqual([r(0, dueOn)]);
    expect(() => dueReminders(old, [-1], new Set(), dueOn)).toThrow(RangeError);
  });

  it('run daily from creation, every lead is planned once and at most one goes out per run', () => {
    fc.assert(
      fc.property(
        calendarDate,
        fc.integer({ min: 0, max: 400 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 365 }), { maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 450, maxLength: 450 }),
        (created, ahead, leadDays, skip) => {
          const o = { dueOn: addDays(created, ahead), createdOn: created };
          const planned = new Set<number>();
          let lastSent = Number.POSITIVE_INFINITY;
          for (let i = 0; i <= ahead + REMINDER_GRACE_DAYS; i++) {
            if (skip[i]) continue;
            const today = addDays(created, i);
            const decisions = dueReminders(o, leadDays, planned, today);
            const sent = decisions.filter((d) => !d.superseded);
            expect(sent.length).toBeLessThanOrEqual(1);
            for (const d of decisions) {
              expect(planned.has(d.leadDays)).toBe(false);
              expect(d.sendOn <= today).toBe(true);
              expect(d.late).toBe(d.sendOn < today && created <= d.sendOn);
              planned.add(d.leadDays);
            }
            // Reminders go out from the least urgent to the most urgent, never the other way.
            for (const d of sent) {
              expect(d.leadDays).toBeLessThan(lastSent);
              lastSent = d.leadDays;
            }
          }
        },
      ),
    );
  });
});

describe('retryDelaySeconds', () => {
  it.each([
    [1, 60],
    [2, 300],
    [3, 900],
    [4, 3600],
    [5, 10_800],
    [6, 21_600],
    [7, 21_600],
    [MAX_DELIVERY_ATTEMPTS, 21_600],
    [1000, 21_600],
  ])('attempt %i: %i seconds', (attempt, seconds) => {
    expect(retryDelaySeconds(attempt)).toBe(seconds);
  });

  it.each([0, -1, 1.5])('rejects attempt %d', (attempt) => {
    expect(() => retryDelaySeconds(attempt)).toThrow(RangeError);
  });
});
