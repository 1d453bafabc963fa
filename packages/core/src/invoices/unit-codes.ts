import { RATIO_ONE, type Ratio, ratio } from '../money/ratio.js';

/**
 * What invoice control needs of UN/ECE Recommendation 20 (the unit codes of OIOUBL and Peppol, e.g.
 * `InvoicedQuantity/@unitCode`):
 * - time units that are whole months: MON month (1), QAN quarter (3), SAN half year (6), ANN year (12);
 *   they convert into each other (one month is 1/12 of a year);
 * - time units that are not a whole number of months (WEE week, DAY day, HUR hour, MIN minute) convert only
 *   to themselves: a month has no fixed number of days or hours;
 * - "one / piece" units, which all count items and are treated as the same unit: C62 one, EA each,
 *   H87 piece, NAR number of articles, and PCE (an old code for piece some suppliers still send);
 * - every other code (LS lump sum, E48 service unit, MTR, KGM …) is its own unit.
 * Codes are compared trimmed and in upper case.
 */

const MONTHS: Readonly<Record<string, number>> = { MON: 1, QAN: 3, SAN: 6, ANN: 12 };
const PIECE = new Set(['C62', 'EA', 'H87', 'NAR', 'PCE']);
const WORK_TIME = new Set(['HUR', 'DAY', 'WEE', 'MIN']);

const DANISH_NAMES: Readonly<Record<string, string>> = {
  MON: 'måned',
  QAN: 'kvartal',
  SAN: 'halvår',
  ANN: 'år',
  WEE: 'uge',
  DAY: 'dag',
  HUR: 'time',
  MIN: 'minut',
  LS: 'samlet pris',
  E48: 'serviceenhed',
};

export function normaliseUnitCode(code: string | null | undefined): string | null {
  const trimmed = code?.trim().toUpperCase() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** How many months one unit is (MON 1, QAN 3, SAN 6, ANN 12), null for any other unit. */
export function monthsPerUnit(code: string | null): number | null {
  const unit = normaliseUnitCode(code);
  return unit === null ? null : (MONTHS[unit] ?? null);
}

/** C62, EA, H87, NAR and PCE: units that count pieces. */
export function isPieceUnit(code: string | null): boolean {
  const unit = normaliseUnitCode(code);
  return unit !== null && PIECE.has(unit);
}

/** Hours, days, weeks, minutes: time units that are used for work (consultancy) and not whole months. */
export function isWorkTimeUnit(code: string | null): boolean {
  const unit = normaliseUnitCode(code);
  return unit !== null && WORK_TIME.has(unit);
}

/** Any time unit: whole months or work time. */
export function isTimeUnit(code: string | null): boolean {
  return monthsPerUnit(code) !== null || isWorkTimeUnit(code);
}

/** Danish name of a unit for explanations ("måned", "stk."), the code itself when it has none. */
export function unitName(code: string | null): string {
  const unit = normaliseUnitCode(code);
  if (unit === null) return 'enhed';
  if (PIECE.has(unit)) return 'stk.';
  return DANISH_NAMES[unit] ?? unit;
}

/**
 * How many element units one line unit is, for comparing a line's unit price with a price element's:
 * the same or an equivalent unit → 1; MON on an ANN element → 1/12; ANN on a MON element → 12; QAN on ANN → 1/4.
 * A line price per line unit divided by this factor is the price per element unit. Null when the units cannot
 * be compared (HUR vs MON, MTR vs C62, a unit vs a missing one). A missing line unit compares as a piece,
 * since a line without a unit code counts items; a missing element unit compares with nothing.
 */
export function comparablePriceFactor(lineUnit: string | null, elementUnit: string | null): Ratio | null {
  const line = normaliseUnitCode(lineUnit) ?? 'C62';
  const element = normaliseUnitCode(elementUnit);
  if (element === null) return null;
  if (line === element) return RATIO_ONE;
  if (PIECE.has(line) && PIECE.has(element)) return RATIO_ONE;
  const lineMonths = MONTHS[line];
  const elementMonths = MONTHS[element];
  if (lineMonths !== undefined && elementMonths !== undefined) return ratio(lineMonths, elementMonths);
  return null;
}
