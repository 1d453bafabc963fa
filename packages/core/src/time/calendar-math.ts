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
  // Padded digits of a year, month and day: a `YYYY-MM-DD` date.
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as CalendarDate;
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

/**
 * The number of the day in the proleptic Gregorian calendar (0 is 1970-01-01), by integer arithmetic only:
 * JavaScript's `Date.UTC` reads the years 0–99 as 1900–1999, so it is not used. (The civil-from-days
 * algorithms of Howard Hinnant, counted in 400-year eras of 146,097 days.)
 */
function dayNumber({ y, m, d }: Ymd): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function dateOfDayNumber(day: number): Ymd {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Adds (or subtracts) days, across month and year ends and leap days. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be a whole number, got ${days}`);
  return join(dateOfDayNumber(dayNumber(split(date)) + days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(split(to)) - dayNumber(split(from));
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
