import type { Recurrence } from '../deadlines/activities.js';
import type { CalendarDate } from '../time/calendar-date.js';
import { addMonths, lastDayOfMonth } from '../time/calendar-math.js';
import type { Segment } from './segmentation.js';

/**
 * The follow-up regime (issue 18): a supplier's segment decides how often it is met and evaluated. The regime is
 * per organisation (these are the defaults); confirming a placement creates the regime's recurring activities on the
 * supplier (in the activity overview, with reminders and iCal), and a changed segment or regime keeps them in step
 * (`planRegimeSync`). Examples in docs/supplier-management.md.
 */

/** What the regime asks for; each is an activity type (the `activity_type` option list names them). */
export const FOLLOW_UP_KINDS = ['status_meeting', 'supplier_evaluation', 'strategic_meeting'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** How often a follow-up falls due: the periodic recurrences of activities. */
export const FOLLOW_UP_RECURRENCES = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type FollowUpRecurrence = (typeof FOLLOW_UP_RECURRENCES)[number] & Recurrence;

export type FollowUp = { kind: FollowUpKind; recurrence: FollowUpRecurrence };
export type FollowUpRegime = Record<Segment, readonly FollowUp[]>;

/**
 * The Drejebog's emphasis made concrete: strategic suppliers are met and evaluated every quarter and met
 * strategically once a year; bottleneck suppliers (hard to replace) every half year; leverage suppliers (much
 * money, easy to replace) are met every half year and evaluated yearly; routine suppliers are evaluated yearly.
 */
export const DEFAULT_FOLLOW_UP_REGIME: FollowUpRegime = {
  strategic: [
    { kind: 'status_meeting', recurrence: 'quarterly' },
    { kind: 'supplier_evaluation', recurrence: 'quarterly' },
    { kind: 'strategic_meeting', recurrence: 'yearly' },
  ],
  bottleneck: [
    { kind: 'status_meeting', recurrence: 'half_yearly' },
    { kind: 'supplier_evaluation', recurrence: 'half_yearly' },
  ],
  leverage: [
    { kind: 'status_meeting', recurrence: 'half_yearly' },
    { kind: 'supplier_evaluation', recurrence: 'yearly' },
  ],
  routine: [{ kind: 'supplier_evaluation', recurrence: 'yearly' }],
};

const STEP_MONTHS: Record<FollowUpRecurrence, number> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 };

/** The last day of the calendar period (month, quarter, half year, year) that holds `date`. */
export function followUpPeriodEnd(date: CalendarDate, recurrence: FollowUpRecurrence): CalendarDate {
  const step = STEP_MONTHS[recurrence];
  const month = Number(date.slice(5, 7));
  const lastMonth = Math.ceil(month / step) * step;
  return lastDayOfMonth(addMonths(`${date.slice(0, 8)}01` as CalendarDate, lastMonth - month));
}

/**
 * The first due date of a follow-up placed on `day`: the end of the calendar period that holds the day half a
 * period later, in whole months (a month's half is none), so there is at least a month to act on a quarterly
 * follow-up, three months on a half-yearly and six on a yearly one. Quarterly
 * from 8 December 2026: 31 March 2027; quarterly from 2 October: 31 December; yearly from 8 December 2026: 31
 * December 2027; yearly from 1 March 2026: 31 December 2026; monthly from 30 January: 31 January. Later
 * occurrences are the period ends after it (the activity's recurrence from a month's last day stays on month ends).
 */
export function firstDueOn(day: CalendarDate, recurrence: FollowUpRecurrence): CalendarDate {
  return followUpPeriodEnd(addMonths(day, Math.floor(STEP_MONTHS[recurrence] / 2)), recurrence);
}

/** One of the supplier's regime activities as it is stored. */
export type RegimeActivity = { id: string; kind: FollowUpKind; recurrence: Recurrence; dueOn: CalendarDate; done: boolean };

export type RegimeSyncPlan = {
  create: Array<{ kind: FollowUpKind; recurrence: FollowUpRecurrence; anchorOn: CalendarDate }>;
  /** A follow-up whose frequency changed: it keeps its next due date when the new first due date is later. */
  update: Array<{ id: string; recurrence: FollowUpRecurrence; anchorOn: CalendarDate }>;
  remove: string[];
};

/**
 * What to change so that a supplier's regime activities are the ones its segment asks for on `day`: a missing
 * follow-up is created (first due `firstDueOn`); one of a changed frequency is re-anchored on the earlier of its
 * next due date and the new first due date (a strategic supplier that becomes routine is still evaluated when the
 * quarter's evaluation was due); one the segment no longer asks for is removed (the log keeps it); a duplicate of
 * a kind is removed. An unchanged one is left alone.
 */
export function planRegimeSync(
  existing: readonly RegimeActivity[],
  wanted: readonly FollowUp[],
  day: CalendarDate,
): RegimeSyncPlan {
  const plan: RegimeSyncPlan = { create: [], update: [], remove: [] };
  const byKind = new Map<FollowUpKind, RegimeActivity>();
  for (const activity of existing) {
    if (byKind.has(activity.kind)) plan.remove.push(activity.id);
    else byKind.set(activity.kind, activity);
  }
  const wantedKinds = new Set<FollowUpKind>();
  for (const follow of wanted) {
    if (wantedKinds.has(follow.kind)) continue;
    wantedKinds.add(follow.kind);
    const current = byKind.get(follow.kind);
    const first = firstDueOn(day, follow.recurrence);
    if (!current) plan.create.push({ kind: follow.kind, recurrence: follow.recurrence, anchorOn: first });
    else if (current.recurrence !== follow.recurrence) {
      const keep = !current.done && current.dueOn < first;
      plan.update.push({ id: current.id, recurrence: follow.recurrence, anchorOn: keep ? current.dueOn : first });
    }
  }
  for (const [kind, activity] of byKind) if (!wantedKinds.has(kind)) plan.remove.push(activity.id);
  return plan;
}

/**
 * Whether a meeting held on `heldOn` fulfils a follow-up's open occurrence due `dueOn`: it was held in that
 * occurrence's period (after the period before it ended) or later. A quarterly status meeting due 31 March 2027 is
 * fulfilled by a meeting on 1 January 2027 or after, not by one on 31 December 2026.
 */
export function meetingFulfils(dueOn: CalendarDate, recurrence: FollowUpRecurrence, heldOn: CalendarDate): boolean {
  return heldOn > addMonths(dueOn, -STEP_MONTHS[recurrence]);
}

/** The follow-up a held meeting with the supplier counts as: a meeting at the strategic level is the strategic one. */
export function followUpOfMeeting(collaborationLevel: string | null): FollowUpKind {
  return collaborationLevel?.trim().toLocaleLowerCase('da') === 'strategisk' ? 'strategic_meeting' : 'status_meeting';
}
