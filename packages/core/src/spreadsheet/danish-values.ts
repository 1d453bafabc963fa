import { type CalendarDate, isCalendarDate } from '../time/calendar-date.js';

/**
 * Values as Danish spreadsheets write them. Each parser returns the value or `null` when the text is
 * not one; callers report the cell. Empty cells are the caller's business (`blank`).
 */

export function blank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === '';
}

const DANISH_DECIMAL = /^[+-]?\d{1,3}(\.\d{3})*(,\d+)?$|^[+-]?\d+(,\d+)?$/;
const POINT_DECIMAL = /^[+-]?\d{1,3}(,\d{3})*(\.\d+)?$|^[+-]?\d+(\.\d+)?$/;

/**
 * A decimal number as a plain decimal string with a point ("1234.50"). Accepts the Danish form
 * (`1.234,50`, `1234,5`), the international form (`1,234.50`, `1234.5`) and spaces as thousands
 * separators. A number with only one separator and three digits after it (`1.234`, `1,234`) is read
 * the Danish way: `.` groups thousands, `,` is the decimal comma.
 */
export function parseDecimal(text: string): string | null {
  const compact = text
    .trim()
    .replace(/[\s\u00a0]/g, '')
    .replace(/^kr\.?|kr\.?$|dkk$/gi, '');
  if (compact === '') return null;
  let normalised: string | null = null;
  if (DANISH_DECIMAL.test(compact)) normalised = compact.replace(/\./g, '').replace(',', '.');
  else if (POINT_DECIMAL.test(compact)) normalised = compact.replace(/,/g, '');
  if (normalised === null) return null;
  const [whole = '0', fraction] = normalised.replace(/^\+/, '').split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '').replace(/^0+(?=\d)/, '');
  return fraction === undefined ? `${sign}${digits}` : `${sign}${digits}.${fraction}`;
}

/**
 * A calendar date from `31-12-2026`, `31.12.2026`, `31/12/2026`, `31-12-26` (20xx), ISO `2026-12-31`, or an
 * ISO date-time (its date part). Day before month, as in Denmark; an impossible date (30-02-2026) is null.
 */
export function parseDanishDate(text: string): CalendarDate | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (iso) return checked(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{2}|\d{4})$/.exec(value);
  if (!danish) return null;
  const [, d = '', m = '', y = ''] = danish;
  const year = y.length === 2 ? `20${y}` : y;
  return checked(`${year}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
}

function checked(date: string): CalendarDate | null {
  return isCalendarDate(date) ? date : null;
}

/** A date cell that a spreadsheet stored as a date: the calendar date it shows, independent of time zones. */
export function calendarDateOfCell(value: Date): CalendarDate {
  // An ISO instant begins with its `YYYY-MM-DD` date.
  return value.toISOString().slice(0, 10) as CalendarDate;
}
