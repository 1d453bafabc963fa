/** The product's time zone: every calendar date means a day in Denmark. */
export const TIME_ZONE = 'Europe/Copenhagen';

/**
 * A calendar date as `YYYY-MM-DD`. A template-literal type rather than `string`, so a plain string is not
 * one: a string from outside (a database row, a request, a spreadsheet cell) must pass `isCalendarDate` or a
 * declared boundary (the schema's date columns, the API's validated `CalendarDate`, a parser) first, while
 * literals in code and tests (`'2026-01-01'`) stay as written. Only the type changes; the value is a string.
 */
export type CalendarDate = `${number}-${number}-${number}`;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The one range of dates a person may enter anywhere in the product (and an integrator send): far enough back
 * for any contract signed, far enough ahead for any term, and clear of the years 0–99 that JavaScript's Date
 * takes for 1900–1999 and of five-digit years. A date computed from accepted dates that falls outside it
 * (a term rolled far ahead) is shown as none, with a Danish explanation, never an error.
 */
export const EARLIEST_DATE: CalendarDate = '1900-01-01';
export const LATEST_DATE: CalendarDate = '2199-12-31';

/** Whether a calendar date lies in the accepted range (`EARLIEST_DATE` to `LATEST_DATE`, both included). */
export function isDateInRange(date: CalendarDate): boolean {
  return date >= EARLIEST_DATE && date <= LATEST_DATE;
}

export function isCalendarDate(value: string): value is CalendarDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

let denmarkDayFormat: Intl.DateTimeFormat | null = null;
/** Made once: a DateTimeFormat takes longer to make than a thousand formattings (it was a hot spot in imports). */
function denmarkDays(): Intl.DateTimeFormat {
  denmarkDayFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return denmarkDayFormat;
}

/** The calendar date in Denmark at a given instant, whatever time zone the server runs in. */
export function calendarDateInDenmark(instant: Date): CalendarDate {
  const parts = denmarkDays().formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  // The format's parts are the digits of the year, month and day, so this is a `YYYY-MM-DD` date.
  return `${part('year')}-${part('month')}-${part('day')}` as CalendarDate;
}
