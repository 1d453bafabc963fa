import {
  type AmountSign,
  amountProblem,
  type CalendarDate,
  calendarDateOfCell,
  isCalendarDate,
  isDateInRange,
  kronerToOre,
  monthOfYearFrom,
  oreToDecimalString,
  parseDanishDate,
  parseDecimal,
} from '@overblik/core';
import type { FieldErrorCode } from '../errors/catalog.js';
import type { Cell } from './read-table.js';

/**
 * Reading the cells of an imported sheet the way Danish spreadsheets hold them: text or numbers, dates as date
 * cells, as Excel serial numbers or as Danish or ISO text, amounts as numbers or as text in Danish notation.
 * Each reader returns the value (null for an empty cell) or the field error code to report on the cell.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; code: FieldErrorCode };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: FieldErrorCode): Parsed<T> => ({ ok: false, code });

/** A heading reduced to what identifies it: lower case letters and digits ("Kontrakt nr." and "Kontraktnr" agree). */
export function headingKey(heading: string): string {
  return heading
    .normalize('NFC')
    .toLocaleLowerCase('da')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A JS number as a plain decimal string, without exponent ("0.0000001", "1234.5"). */
export function numberText(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}

/** A cell as trimmed text (blank is null); whole numbers without decimals, date cells as ISO dates. */
export function cellText(cell: Cell): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return calendarDateOfCell(cell);
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : numberText(cell);
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nej';
  const text = cell.trim();
  return text === '' ? null : text;
}

/** Excel's day numbers (1900 date system) in the range a contract date can have (1927–2173). */
function excelSerialDate(serial: number): CalendarDate | null {
  if (!Number.isInteger(serial) || serial < 10_000 || serial > 100_000) return null;
  // An ISO instant begins with its `YYYY-MM-DD` date.
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10) as CalendarDate;
}

/** A calendar date: a date cell, an Excel day number, or text (31-12-2026, 31.12.26, 31/12/2026, 2026-12-31). */
export function cellDate(cell: Cell): Parsed<CalendarDate | null> {
  const parsed = anyCellDate(cell);
  return parsed.ok && parsed.value !== null && !isDateInRange(parsed.value) ? fail('date_out_of_range') : parsed;
}

function anyCellDate(cell: Cell): Parsed<CalendarDate | null> {
  if (cell === null) return ok(null);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? fail('invalid_date') : ok(calendarDateOfCell(cell));
  if (typeof cell === 'number') {
    const date = excelSerialDate(cell);
    return date ? ok(date) : fail('invalid_date');
  }
  const text = cellText(cell);
  if (text === null) return ok(null);
  const date = parseDanishDate(text);
  return date && isCalendarDate(date) ? ok(date) : fail('invalid_date');
}

/** An exact decimal as a string with a point: a number cell, or text in Danish or international notation. */
function decimalTextOf(cell: Cell): Parsed<string | null> {
  if (cell === null) return ok(null);
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(numberText(cell)) : fail('invalid_number');
  if (cell instanceof Date || typeof cell === 'boolean') return fail('invalid_number');
  const text = cell.trim().replace(/\s*%$/, '');
  if (text === '') return ok(null);
  const value = parseDecimal(text);
  return value === null ? fail('invalid_number') : ok(value);
}

/**
 * An amount of money in kroner as the API writes it ("1234.50"): rounded to øre (half away from zero), within
 * the one largest amount (`MAX_AMOUNT_ORE`), and not negative unless the field takes negative amounts.
 */
export function cellMoney(cell: Cell, sign: AmountSign = 'positive'): Parsed<string | null> {
  const parsed = decimalTextOf(cell);
  if (!parsed.ok || parsed.value === null) return parsed;
  const ore = kronerToOre(parsed.value);
  const problem = amountProblem(ore, sign);
  return problem ? fail(problem) : ok(oreToDecimalString(ore));
}

/**
 * An exact decimal with at most `places` decimals (unit prices, quantities, percentages). A number cell with
 * more (a formula's result) is rounded half away from zero; text with more is refused.
 */
export function cellDecimal(cell: Cell, places = 6): Parsed<string | null> {
  const parsed = decimalTextOf(cell);
  if (!parsed.ok || parsed.value === null) return parsed;
  let value = parsed.value;
  const [whole = '', fraction = ''] = value.replace('-', '').split('.');
  if (fraction.length > places) {
    if (typeof cell !== 'number') return fail('invalid_number');
    value = roundDecimal(value, places);
  }
  if (whole.length > 15) return fail('out_of_range');
  return ok(value);
}

/** Rounds a plain decimal string to `places` decimals, half away from zero. */
export function roundDecimal(value: string, places: number): string {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = value.replace('-', '').split('.');
  const digits = BigInt(`${whole}${fraction.padEnd(places, '0').slice(0, places)}`);
  const rounded = (fraction[places] ?? '0') >= '5' ? digits + 1n : digits;
  const text = rounded.toString().padStart(places + 1, '0');
  const result = places > 0 ? `${text.slice(0, -places)}.${text.slice(-places)}` : text;
  return negative && /[1-9]/.test(result) ? `-${result}` : result;
}

/** A whole number from `min` to `max` (a count): a number, or its digits as text ("3"). */
export function cellInteger(cell: Cell, min: number, max: number): Parsed<number | null> {
  if (cell === null) return ok(null);
  const text = typeof cell === 'string' ? cell.trim() : null;
  if (text === '') return ok(null);
  const n = typeof cell === 'number' ? cell : text !== null && /^\d{1,9}$/.test(text) ? Number(text) : null;
  if (n === null || !Number.isInteger(n)) return fail('invalid_number');
  if (n < min || n > max) return fail('out_of_range');
  return ok(n);
}

/**
 * A whole number of months: a number, or text such as "3", "3 mdr.", "3 måneder" or "2 år" (24 months).
 */
/** A month of the year (1–12): its number, or its name in Danish or English ("februar", "feb.", "February"). */
export function cellMonthOfYear(cell: Cell): Parsed<number | null> {
  if (cell === null) return ok(null);
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1 && cell <= 12 ? ok(cell) : fail('out_of_range');
  if (typeof cell !== 'string') return fail('invalid_value');
  if (cell.trim() === '') return ok(null);
  const month = monthOfYearFrom(cell);
  return month === null ? fail('invalid_value') : ok(month);
}

export function cellMonths(cell: Cell, min: number, max: number): Parsed<number | null> {
  if (cell === null) return ok(null);
  let months: number | null = null;
  if (typeof cell === 'number') months = cell;
  else if (typeof cell === 'string') {
    const text = cell.trim().toLocaleLowerCase('da');
    if (text === '') return ok(null);
    const match = /^(\d+(?:[.,]\d+)?)\s*(mdr\.?|md\.?|måned(?:er)?|months?|år|years?)?$/.exec(text);
    if (match) {
      const n = Number((match[1] ?? '').replace(',', '.'));
      months = match[2] && /^(år|year)/.test(match[2]) ? n * 12 : n;
    }
  }
  if (months === null || !Number.isFinite(months)) return fail('invalid_number');
  if (!Number.isInteger(months)) return fail('invalid_number');
  if (months < min || months > max) return fail('out_of_range');
  return ok(months);
}
