import { type CalendarDate, daysInMonth, isCalendarDate } from './calendar-date.js';

/**
 * Arithmetic on calendar dates (`YYYY-MM-DD`, a day in Denmark). Dates are never turned into instants,
 * so results cannot depend on the time zone the server runs in. The rules are those of docs/deadlines.md.
 */

type Ymd = { y: number; m: number; d: number };

function split(date: CalendarDate): Ymd {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: "${date}"`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

function join({ y, m, d }: Ymd): CalendarDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function lastDayOfMonth(date: CalendarDate): CalendarDate {
  const { y, m } = split(date);
  return join({ y, m, d: daysInMonth(y, m) });
}

export function isLastDayOfMonth(date: CalendarDate): boolean {
  return lastDayOfMonth(date) === date;
}

/**
 * Adds (or with a negative n, subtracts) whole months. The day of the month is kept; when the target month
 * is shorter, its last day is used; when the start is the last day of its month, the result is the last day
 * of the target month. 2026-01-31 + 1 = 2026-02-28; 2026-02-28 + 1 = 2026-03-31; 2024-02-29 + 12 = 2025-02-28.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months)) throw new RangeError(`Months must be a whole number, got ${months}`);
  const { y, m, d } = split(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const last = daysInMonth(ty, tm);
  const day = d === daysInMonth(y, m) ? last : Math.min(d, last);
  return join({ y: ty, m: tm, d: day });
}

/** Adds (or subtracts) days, across month and year ends and leap days. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be a whole number, got ${days}`);
  const { y, m, d } = split(date);
  const utc = new Date(Date.UTC(y, m - 1, d + days));
  return join({ y: utc.getUTCFullYear(), m: utc.getUTCMonth() + 1, d: utc.getUTCDate() });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const a = split(from);
  const b = split(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/** ISO dates compare as text; this names the intent. Negative, zero or positive like `Array.sort` expects. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The last day (inclusive) of a term of `months` months that starts on `start`: the day before
 * start + months. A contract in force from 2025-01-01 for 24 months ends on 2026-12-31.
 */
export function termEnd(start: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`A term is at least one whole month, got ${months}`);
  return addDays(addMonths(start, months), -1);
}
