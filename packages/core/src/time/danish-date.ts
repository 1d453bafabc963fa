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

/** The months' English names, January first. */
export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A month of the year (1–12) by its name in a language: `februar`, `February`. */
export function monthName(month: number, locale: 'da' | 'en'): string {
  const names = locale === 'en' ? ENGLISH_MONTHS : DANISH_MONTHS;
  const name = names[month - 1];
  if (name === undefined) throw new RangeError(`Not a month of the year: ${month}`);
  return name;
}

/**
 * A month of the year (1–12) as a person writes it: its number ("2", "02"), its Danish or English name or the
 * first three letters of it, with or without a full stop and without regard to case ("februar", "Feb.",
 * "February"), optionally after "udgangen af" or "end of". Null for anything else.
 */
export function monthOfYearFrom(written: string): number | null {
  const text = written
    .trim()
    .toLocaleLowerCase('da')
    .replace(/^(udgangen af|end of)\s+/, '')
    .replace(/\.$/, '');
  if (/^\d{1,2}$/.test(text)) {
    const n = Number(text);
    return n >= 1 && n <= 12 ? n : null;
  }
  for (let i = 0; i < 12; i++) {
    const names = [DANISH_MONTHS[i] as string, (ENGLISH_MONTHS[i] as string).toLowerCase()];
    if (names.some((name) => text === name || (text.length === 3 && name.startsWith(text)))) return i + 1;
  }
  return null;
}
