import { type CalendarDate, isCalendarDate } from '../time/calendar-date.js';
import { addDays, addMonths } from '../time/calendar-math.js';
import type { DeadlineOption } from './contract-deadlines.js';

/**
 * The procurement plan (udbudsplan, issue 4): for each contract, the latest day it can end with every
 * option used, and the day a re-tender must start by to be in place then. The rules, with a worked
 * example, are in docs/deadlines.md ("Procurement plan (udbudsplan)").
 */

/**
 * Lead time in months before a re-tender must start, per procurement form key (the procurement_form option
 * list: ski_aftale, udbud, eu_udbud, miniudbud, tilbudsindhentning, direkte_tildeling, faellesindkoeb).
 */
export const DEFAULT_PROCUREMENT_LEAD_MONTHS: Readonly<Record<string, number>> = {
  eu_udbud: 12,
  udbud: 9,
  faellesindkoeb: 12,
  ski_aftale: 4,
  miniudbud: 4,
  tilbudsindhentning: 3,
  direkte_tildeling: 2,
};

/** Used when a contract has no procurement form or one without a lead time: the longest, an EU tender. */
export const FALLBACK_PROCUREMENT_LEAD_MONTHS = 12;

export type PlanInput = { finalEnd: CalendarDate | null; options: readonly DeadlineOption[]; procurementForm: string | null };

export type PlanRow = {
  /** The end if no more options are exercised. */
  finalEnd: CalendarDate;
  /** The end with every remaining extension period exercised. */
  latestEnd: CalendarDate;
  remainingOptionMonths: number;
  leadMonths: number;
  /** False when no lead time was known for the procurement form and the fallback was used. */
  leadFromForm: boolean;
  /** The last day to start the re-tender for a new contract to be in place the day after latestEnd. */
  tenderStartBy: CalendarDate;
  /** The quarter of tenderStartBy, e.g. '2027-K1' (K for kvartal). */
  quarter: string;
};

/** The lead time for a procurement form from `leadTimes`, else the defaults; null when neither has one. */
function formLeadMonths(form: string | null, leadTimes: Readonly<Record<string, number>>): number | null {
  if (form === null) return null;
  const months = Object.hasOwn(leadTimes, form)
    ? leadTimes[form]
    : Object.hasOwn(DEFAULT_PROCUREMENT_LEAD_MONTHS, form)
      ? DEFAULT_PROCUREMENT_LEAD_MONTHS[form]
      : undefined;
  if (months === undefined) return null;
  if (!Number.isInteger(months) || months < 0) {
    throw new RangeError(`A procurement lead time is a whole number of months from 0, got ${months} for "${form}"`);
  }
  return months;
}

/**
 * One contract's row of the procurement plan; null when it has no final end (it runs on).
 * - remainingOptionMonths: over the extension options, (periods − exercisedPeriods) × periodMonths
 *   (purchase options ignored; a missing number counts 0; never negative per option).
 * - latestEnd: the day before (finalEnd + 1 day) + remainingOptionMonths months.
 * - leadMonths: leadTimes[form], else DEFAULT_PROCUREMENT_LEAD_MONTHS[form], else the fallback (leadFromForm false).
 * - tenderStartBy: (latestEnd + 1 day) − leadMonths months.
 * Throws RangeError for a lead time that is not a whole number of months from 0.
 */
export function procurementPlanRow(c: PlanInput, leadTimes: Readonly<Record<string, number>>): PlanRow | null {
  if (c.finalEnd === null) return null;
  const remainingOptionMonths = c.options
    .filter((o) => o.kind === 'extension')
    .reduce((sum, o) => sum + Math.max(0, (o.periods ?? 0) - o.exercisedPeriods) * (o.periodMonths ?? 0), 0);
  const latestEnd = addDays(addMonths(addDays(c.finalEnd, 1), remainingOptionMonths), -1);
  const fromForm = formLeadMonths(c.procurementForm, leadTimes);
  const leadMonths = fromForm ?? FALLBACK_PROCUREMENT_LEAD_MONTHS;
  const tenderStartBy = addMonths(addDays(latestEnd, 1), -leadMonths);
  return {
    finalEnd: c.finalEnd,
    latestEnd,
    remainingOptionMonths,
    leadMonths,
    leadFromForm: fromForm !== null,
    tenderStartBy,
    quarter: quarterOf(tenderStartBy),
  };
}

/** The quarter a date lies in, written the Danish way: '2027-08-15' → '2027-K3'. */
export function quarterOf(d: CalendarDate): string {
  if (!isCalendarDate(d)) throw new RangeError(`Not a calendar date: "${d}"`);
  return `${d.slice(0, 4)}-K${Math.ceil(Number(d.slice(5, 7)) / 3)}`;
}
