import type { CalendarDate } from '../time/calendar-date.js';
import { addDays, daysBetween } from '../time/calendar-math.js';

/**
 * Reminders of activities (issue 4): when the reminders of an occurrence fall due, which of them are sent
 * and which are superseded, and how failed deliveries are retried. Pure functions of calendar dates; the
 * rules are in docs/deadlines.md ("Activities and reminders").
 */

/** Default lead times in days before the due date, per activity type; other/custom types use DEFAULT_LEAD_DAYS_OTHER. */
export const DEFAULT_LEAD_DAYS: Readonly<Record<string, readonly number[]>> = {
  notice_deadline: [180, 90, 30, 7],
  option_exercise: [180, 90, 30, 7],
  expiry: [180, 90, 30],
  irrevocable_end: [90, 30],
  price_regulation: [30, 7],
  renegotiation: [90, 30],
  steering_committee: [14, 2],
  status_meeting: [7, 1],
  supplier_evaluation: [30, 7],
  strategic_meeting: [45, 14],
  escalation: [3, 1],
};
export const DEFAULT_LEAD_DAYS_OTHER: readonly number[] = [14, 3];

/** The default lead times of an activity type (a fresh array, largest first). */
export function defaultLeadDays(type: string): number[] {
  const days = Object.hasOwn(DEFAULT_LEAD_DAYS, type) ? DEFAULT_LEAD_DAYS[type] : undefined;
  return [...(days ?? DEFAULT_LEAD_DAYS_OTHER)];
}

/** The largest lead time accepted: two years. */
const MAX_LEAD_DAYS = 730;

/** Lead days normalised: integers 0..730, unique, sorted descending; throws RangeError otherwise. */
export function normaliseLeadDays(days: readonly number[]): number[] {
  for (const d of days) {
    if (!Number.isInteger(d) || d < 0 || d > MAX_LEAD_DAYS) {
      throw new RangeError(`A lead time is a whole number of days from 0 to ${MAX_LEAD_DAYS}, got ${d}`);
    }
  }
  return [...new Set(days)].sort((a, b) => b - a);
}

/** How long after its due date an occurrence still gets (late) reminders. */
export const REMINDER_GRACE_DAYS = 30;

/**
 * A reminder to record for an occurrence. `superseded` reminders are recorded but never sent, so they do not
 * fall due again; `late` ones are sent after their send day because no run happened on it.
 */
export type ReminderDecision = { leadDays: number; sendOn: CalendarDate; late: boolean; superseded: boolean };

/**
 * Which reminders of one occurrence are due to be planned today: every lead L (from leadDays) not in
 * `alreadyPlanned` with sendOn = dueOn − L days <= today. Nothing when today > dueOn + REMINDER_GRACE_DAYS.
 * When several are newly due at once, only the one with the smallest lead is sent (superseded=false), the
 * others are recorded with superseded=true (so they never go out later). A newly due reminder is also
 * superseded when a reminder with a smaller lead has already been planned (lead times changed after it went
 * out): it would repeat an older, less urgent message. late = sendOn < today AND createdOn <= sendOn (the
 * occurrence existed when the reminder fell due but no run happened that day; a reminder for an activity
 * created after its send date is short notice, not late). Result sorted by leadDays descending.
 * Throws RangeError for lead times that `normaliseLeadDays` rejects.
 */
export function dueReminders(
  o: { dueOn: CalendarDate; createdOn: CalendarDate },
  leadDays: readonly number[],
  alreadyPlanned: ReadonlySet<number>,
  today: CalendarDate,
): ReminderDecision[] {
  const leads = normaliseLeadDays(leadDays);
  if (daysBetween(o.dueOn, today) > REMINDER_GRACE_DAYS) return [];
  const due = leads
    .filter((lead) => !alreadyPlanned.has(lead))
    .map((lead) => ({ lead, sendOn: addDays(o.dueOn, -lead) }))
    .filter(({ sendOn }) => sendOn <= today);
  const smallestPlanned = Math.min(...alreadyPlanned);
  const sent = due.at(-1)?.lead; // leads are sorted descending, so the last is the smallest
  return due.map(({ lead, sendOn }) => ({
    leadDays: lead,
    sendOn,
    late: sendOn < today && o.createdOn <= sendOn,
    superseded: lead !== sent || lead > smallestPlanned,
  }));
}

const RETRY_DELAYS_SECONDS = [60, 300, 900, 3600, 10_800, 21_600] as const;

/**
 * Delay before delivery attempt number `attempt` (1-based: after the first failure attempt=1) in seconds:
 * 60, 300, 900, 3600, 10800, 21600, then 21600.
 */
export function retryDelaySeconds(attempt: number): number {
  if (!Number.isInteger(attempt) || attempt < 1)
    throw new RangeError(`An attempt number is a whole number from 1, got ${attempt}`);
  return RETRY_DELAYS_SECONDS[Math.min(attempt, RETRY_DELAYS_SECONDS.length) - 1] ?? 21_600;
}

/** After this many failed attempts a mail is marked failed (administrators see it and can retry). */
export const MAX_DELIVERY_ATTEMPTS = 8;
