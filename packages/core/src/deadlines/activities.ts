import type { NoticePeriodEnd, TermKind } from '../register/contract-values.js';
import { type CalendarDate, isCalendarDate } from '../time/calendar-date.js';
import { addDays, addMonths, compareDates } from '../time/calendar-math.js';
import type { ContractDeadlines } from './contract-deadlines.js';

/**
 * Activities of a contract (issue 4): the ones derived from its computed deadlines, kept in step with them
 * by `planDerivedSync`, and the recurrence rules of the ones entered by hand. Pure functions of calendar
 * dates; the rules, with examples, are in docs/deadlines.md ("Activities and reminders").
 */

/** Activity types created and kept up to date from a contract's deadlines; never entered by hand. */
export const DERIVED_ACTIVITY_TYPES = [
  'expiry',
  'notice_deadline',
  'option_exercise',
  'price_regulation',
  'irrevocable_end',
] as const;
export type DerivedActivityType = (typeof DERIVED_ACTIVITY_TYPES)[number];

/** Activity types a contract manager enters by hand. */
export const MANUAL_ACTIVITY_TYPES = [
  'renegotiation',
  'sub_delivery',
  'payment_deadline',
  'penalty',
  'sla_kpi',
  'milestone',
  'control_report',
  'status_meeting',
  'steering_committee',
  'supplier_evaluation',
  'strategic_meeting',
  'meeting_action',
  'escalation',
] as const;
export type ManualActivityType = (typeof MANUAL_ACTIVITY_TYPES)[number];

/** How an activity repeats: not at all, every 1/3/6/12 months from an anchor date, or on a list of dates. */
export const RECURRENCES = ['none', 'monthly', 'quarterly', 'half_yearly', 'yearly', 'dates'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

/**
 * When an activity falls due. `anchor` is the (first) due date of 'none' and the periodic recurrences;
 * `dates` is used by 'dates' only (in any order, duplicates allowed).
 */
export type Schedule = { recurrence: Recurrence; anchor: CalendarDate | null; dates: readonly CalendarDate[] };

/** Months per step: monthly 1, quarterly 3, half_yearly 6, yearly 12; null for 'none' and 'dates'. */
export function recurrenceStepMonths(r: Recurrence): number | null {
  switch (r) {
    case 'monthly':
      return 1;
    case 'quarterly':
      return 3;
    case 'half_yearly':
      return 6;
    case 'yearly':
      return 12;
    default:
      return null;
  }
}

function checkDate(date: CalendarDate): CalendarDate {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: "${date}"`);
  return date;
}

/** The month number (year × 12 + month − 1) of a date, to count whole months between two dates. */
function monthIndex(date: CalendarDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** A 'dates' schedule's dates: checked, sorted ascending, without duplicates. */
function sortedDates(dates: readonly CalendarDate[]): CalendarDate[] {
  return [...new Set(dates.map(checkDate))].sort(compareDates);
}

/**
 * The first occurrence strictly after `after` (the first occurrence at all when `after` is null); null when
 * there is none.
 * - 'none': the anchor, if it is after `after`.
 * - Periodic: anchor + k × step months, each computed from the anchor with `addMonths` (not step by step
 *   from the previous occurrence), so a monthly schedule from 31 January falls on 28/29 February, 31 March,
 *   30 April, 31 May …, and one anchored on a month's last day stays on month ends. k is found by
 *   arithmetic, so a date far after the anchor costs the same as one near it.
 * - 'dates': the first of the (sorted, de-duplicated) dates after `after`.
 * A schedule without an anchor (other than 'dates') has no occurrences. Throws RangeError for malformed dates.
 */
export function nextOccurrence(s: Schedule, after: CalendarDate | null): CalendarDate | null {
  if (after !== null) checkDate(after);
  if (s.recurrence === 'dates') return sortedDates(s.dates).find((d) => after === null || d > after) ?? null;
  if (s.anchor === null) return null;
  const anchor = checkDate(s.anchor);
  if (after === null || anchor > after) return anchor;
  const step = recurrenceStepMonths(s.recurrence);
  if (step === null) return null;
  // Occurrence k lies in the month monthIndex(anchor) + k × step, and occurrences rise with k. k0, the last k
  // whose month is not after `after`'s month, may still fall later in that month; k0 − 1 lies in an earlier
  // month (or is the anchor), so it is not after `after`. From there at most two steps are left.
  let k = Math.max(0, Math.floor((monthIndex(after) - monthIndex(anchor)) / step) - 1);
  let occurrence = addMonths(anchor, k * step);
  while (occurrence <= after) {
    k += 1;
    occurrence = addMonths(anchor, k * step);
  }
  return occurrence;
}

/**
 * The occurrences from `from` to `to`, both included, ascending; at most `limit` (default 500) of them,
 * the earliest. Empty when `from` is after `to`.
 */
export function occurrencesBetween(s: Schedule, from: CalendarDate, to: CalendarDate, limit = 500): CalendarDate[] {
  checkDate(from);
  checkDate(to);
  const result: CalendarDate[] = [];
  if (from > to || limit <= 0) return result;
  if (s.recurrence === 'dates') {
    for (const d of sortedDates(s.dates)) {
      if (result.length >= limit || d > to) break;
      if (d >= from) result.push(d);
    }
    return result;
  }
  let next = nextOccurrence(s, addDays(from, -1));
  while (next !== null && next <= to && result.length < limit) {
    result.push(next);
    next = nextOccurrence(s, next);
  }
  return result;
}

/**
 * A derived activity a contract's deadlines call for. `key` identifies it among the contract's derived
 * activities ('expiry', 'notice_deadline', `option:<optionId>`, 'price_regulation', 'irrevocable_end').
 */
export type WantedDerived = { key: string; type: DerivedActivityType; dueOn: CalendarDate; optionId: string | null };

/**
 * The derived activities a contract's computed deadlines call for on `today`, one per key:
 * - 'expiry' on the final end (when the contract has one);
 * - 'notice_deadline' on the latest notice date, unless `options.noticeDeadline` is false (see `noticeIsDeadline`);
 * - `option:<id>` (option_exercise) on the earliest open deadline of each option — the later periods of an
 *   extension option follow once the first is exercised or has passed;
 * - 'price_regulation' on the next price-regulation day;
 * - 'irrevocable_end' on the irrevocable date, while it is today or later.
 * Missing dates give no activity.
 */
export function derivedActivitiesOf(
  d: ContractDeadlines,
  today: CalendarDate,
  options: { noticeDeadline?: boolean } = {},
): WantedDerived[] {
  const wanted: WantedDerived[] = [];
  if (d.finalEnd !== null) wanted.push({ key: 'expiry', type: 'expiry', dueOn: d.finalEnd, optionId: null });
  if (d.latestNoticeDate !== null && options.noticeDeadline !== false) {
    wanted.push({ key: 'notice_deadline', type: 'notice_deadline', dueOn: d.latestNoticeDate, optionId: null });
  }
  // optionDeadlines is sorted earliest first, but the earliest per option is picked here regardless.
  const firstPerOption = new Map<string, CalendarDate>();
  for (const o of d.optionDeadlines) {
    const seen = firstPerOption.get(o.optionId);
    if (seen === undefined || o.deadline < seen) firstPerOption.set(o.optionId, o.deadline);
  }
  for (const [optionId, dueOn] of firstPerOption) {
    wanted.push({ key: `option:${optionId}`, type: 'option_exercise', dueOn, optionId });
  }
  if (d.nextPriceRegulation !== null) {
    wanted.push({ key: 'price_regulation', type: 'price_regulation', dueOn: d.nextPriceRegulation, optionId: null });
  }
  if (d.irrevocableUntil !== null) {
    wanted.push({ key: 'irrevocable_end', type: 'irrevocable_end', dueOn: d.irrevocableUntil, optionId: null });
  }
  // A deadline already behind us calls for no new activity (a contract that ended years ago gets no
  // overdue "expiry"); one created while it was ahead stays, open or done, until someone closes it.
  return wanted.filter((w) => w.dueOn >= today);
}

/**
 * Whether a contract's latest notice date is a deadline worth an activity: missing it locks the contract in
 * for a term, or for at least half a year. That is so for a fixed-term contract that cannot be terminated
 * during its term (notice serves a term end), and for notice to a half-year or year end or to the end of a given
 * month of the year (a year, once it is missed). It is not so for a
 * contract that can be terminated with notice to any day, month or quarter end (løbende, or opsigelse i
 * løbetiden): its latest notice date moves on with the calendar — it is always today, or the end of this
 * month — so an activity would be overdue every day or month without anything having been missed. Such a
 * contract still shows its latest notice date, and lists sort and filter on it.
 */
export function noticeIsDeadline(t: {
  termKind: TermKind;
  earlyTermination: boolean;
  noticePeriodEnd: NoticePeriodEnd | null;
}): boolean {
  if (t.termKind !== 'ongoing' && !t.earlyTermination) return true;
  return t.noticePeriodEnd === 'half_year' || t.noticePeriodEnd === 'year' || t.noticePeriodEnd === 'named_month';
}

/** A derived activity as stored. */
export type ExistingDerived = { id: string; key: string; dueOn: CalendarDate; status: 'open' | 'done' };

/** What to change so that the stored derived activities match the wanted ones. */
export type DerivedSyncPlan = { insert: WantedDerived[]; move: { id: string; dueOn: CalendarDate }[]; remove: string[] };

/**
 * How to bring a contract's stored derived activities in step with the wanted ones, key by key (a stored
 * key that is no longer wanted counts as wanted = none):
 * 1. The candidates for change are the key's open rows due today or later on another day than the wanted one.
 * 2. If a day is wanted and no row of the key (open or done) is on that day: the earliest candidate is moved
 *    to it — keeping its history, comments and reminders — or, when there is none, the activity is inserted.
 * 3. Every other candidate is removed.
 * Done rows and overdue open rows (due before today) are never touched, so history stays and an overdue
 * activity stays visible until someone closes it. Applying the plan and planning again gives an empty plan.
 * `wanted` has one entry per key (as `derivedActivitiesOf` gives); a later entry with a repeated key is ignored.
 */
export function planDerivedSync(
  existing: readonly ExistingDerived[],
  wanted: readonly WantedDerived[],
  today: CalendarDate,
): DerivedSyncPlan {
  checkDate(today);
  const plan: DerivedSyncPlan = { insert: [], move: [], remove: [] };
  const wantedByKey = new Map<string, WantedDerived>();
  for (const w of wanted) if (!wantedByKey.has(w.key)) wantedByKey.set(w.key, w);
  const keys = [...new Set([...wantedByKey.keys(), ...existing.map((e) => e.key)])];

  for (const key of keys) {
    const want = wantedByKey.get(key) ?? null;
    const rows = existing.filter((e) => e.key === key);
    const futureOpen = rows
      .filter((r) => r.status === 'open' && r.dueOn >= today && r.dueOn !== want?.dueOn)
      .sort((a, b) => compareDates(a.dueOn, b.dueOn) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (want !== null && !rows.some((r) => r.dueOn === want.dueOn)) {
      const first = futureOpen.shift();
      if (first) plan.move.push({ id: first.id, dueOn: want.dueOn });
      else plan.insert.push(want);
    }
    for (const r of futureOpen) plan.remove.push(r.id);
  }
  return plan;
}
