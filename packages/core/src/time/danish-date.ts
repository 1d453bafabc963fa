import { type CalendarDate, isCalendarDate } from './calendar-date.js';

/** The months' Danish names, lower case, January first. */
export const DANISH_MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/**
 * A calendar date the way Danish text writes it: day without a leading zero, a full stop, the month's name
 * in lower case, the year. '2026-06-30' → '30. juni 2026'. Throws RangeError for a malformed date.
 */
export function formatDanishDate(d: CalendarDate): string {
  if (!isCalendarDate(d)) throw new RangeError(`Not a calendar date: "${d}"`);
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return `${day}. ${DANISH_MONTHS[m - 1]} ${y}`;
}
