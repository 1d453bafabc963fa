import type { Ore } from '../money/ore.js';
import { multiplyRatio, type Ratio, ratio, ratioToOre } from '../money/ratio.js';
import { type CalendarDate, isLeapYear } from '../time/calendar-date.js';
import { addDays, daysBetween, isLastDayOfMonth } from '../time/calendar-math.js';

/**
 * When invoices are sent and which part of the year each covers.
 * - `kombit` (KOMBIT's general terms): in February for January–June and in September for July–December. In the
 *   year payment starts: starting in January, the February invoice covers the start to 30 June; starting in
 *   February–August, one invoice in September covers the start to 31 December; starting in
 *   September–December, one invoice at the end of December covers the start to 31 December.
 * - `yearly`: one invoice a year in February for the whole year; in the year payment starts after 1 February,
 *   the invoice is sent on the first day paid for.
 * "In February" and "in September" are the 1st of the month; "the end of December" is 31 December.
 */
export type Invoicing = 'kombit' | 'yearly';

/**
 * How a part of a year is priced: `days` — the yearly price × the days covered ÷ the days in that year (365 or
 * 366); `months` — the yearly price × the whole calendar months covered ÷ 12 (a month counts only when the
 * period covers all of it).
 */
export type Proration = 'days' | 'months';

export type BillingPeriod = { date: CalendarDate; start: CalendarDate; end: CalendarDate; year: number };

const yearOf = (date: CalendarDate) => Number(date.slice(0, 4));
const monthOf = (date: CalendarDate) => Number(date.slice(5, 7));
const max = (a: CalendarDate, b: CalendarDate) => (a > b ? a : b);
const min = (a: CalendarDate, b: CalendarDate) => (a < b ? a : b);
// `monthDay` is `MM-DD`, so the result is a `YYYY-MM-DD` date.
const on = (year: number, monthDay: string): CalendarDate => `${String(year).padStart(4, '0')}-${monthDay}` as CalendarDate;

/** The regular invoices for payment from `first` to `last` (both inclusive), in date order. */
export function billingPeriods(first: CalendarDate, last: CalendarDate, invoicing: Invoicing): BillingPeriod[] {
  const periods: BillingPeriod[] = [];
  if (first > last) return periods;
  const add = (date: CalendarDate, start: CalendarDate, end: CalendarDate) => {
    if (start <= end) periods.push({ date, start, end, year: yearOf(start) });
  };
  for (let year = yearOf(first); year <= yearOf(last); year++) {
    const start = max(first, on(year, '01-01'));
    const end = min(last, on(year, '12-31'));
    const startsThisYear = year === yearOf(first);
    if (invoicing === 'yearly') {
      add(startsThisYear && first > on(year, '02-01') ? first : on(year, '02-01'), start, end);
    } else if (startsThisYear && monthOf(first) >= 9) {
      add(on(year, '12-31'), start, end);
    } else if (startsThisYear && monthOf(first) >= 2) {
      add(on(year, '09-01'), start, end);
    } else {
      add(on(year, '02-01'), start, min(end, on(year, '06-30')));
      add(on(year, '09-01'), max(start, on(year, '07-01')), end);
    }
  }
  return periods;
}

/**
 * Where a period of one calendar year starts and ends, counted from 1 January in days or whole months, with the
 * unit of a whole year (365/366 days or 12 months). A period that covers no whole month counts 0 months.
 */
export type YearSpan = { from: number; to: number; unit: number };

export function yearSpan(start: CalendarDate, end: CalendarDate, proration: Proration): YearSpan {
  const year = yearOf(start);
  if (yearOf(end) !== year || start > end) throw new RangeError(`Not a period within one year: ${start}–${end}`);
  if (proration === 'days') {
    const newYear = on(year, '01-01');
    return { from: daysBetween(newYear, start), to: daysBetween(newYear, end) + 1, unit: isLeapYear(year) ? 366 : 365 };
  }
  const from = start.endsWith('-01') ? monthOf(start) - 1 : monthOf(start);
  const to = isLastDayOfMonth(end) ? monthOf(end) : monthOf(end) - 1;
  return { from, to: Math.max(from, to), unit: 12 };
}

/**
 * The amount for a span of the year at a yearly price: yearly × to/unit − yearly × from/unit, each rounded to
 * øre (cumulative rounding). Every invoice is within one øre of its exact share, and the invoices of a whole
 * year add up to the yearly price rounded to øre, exactly.
 */
export function proratedAmount(yearly: Ratio, span: YearSpan): Ore {
  const at = (position: number) => ratioToOre(multiplyRatio(yearly, ratio(position, span.unit)));
  return at(span.to) - at(span.from);
}

/**
 * Splits a member's amount for a year over its invoices of that year in proportion to the time each covers
 * (cumulative rounding over the covered time, so the parts add up to the amount exactly).
 */
export function splitOverSpans(amount: Ore, spans: readonly YearSpan[]): Ore[] {
  const covered = spans.reduce((sum, s) => sum + (s.to - s.from), 0);
  if (covered === 0) return spans.map(() => 0n);
  let before = 0;
  return spans.map((s) => {
    const at = (position: number) => ratioToOre(multiplyRatio(ratio(amount), ratio(position, covered)));
    const part = at(before + (s.to - s.from)) - at(before);
    before += s.to - s.from;
    return part;
  });
}

/** The parts of `start`–`end` that fall in each calendar year. */
export function splitByYear(start: CalendarDate, end: CalendarDate): { start: CalendarDate; end: CalendarDate; year: number }[] {
  const parts: { start: CalendarDate; end: CalendarDate; year: number }[] = [];
  for (let from = start; from <= end; from = addDays(on(yearOf(from), '12-31'), 1)) {
    parts.push({ start: from, end: min(end, on(yearOf(from), '12-31')), year: yearOf(from) });
  }
  return parts;
}
