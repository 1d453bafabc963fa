import { addRatio, compareRatio, divideRatio, multiplyRatio, RATIO_ONE, type Ratio, ratio } from '../money/ratio.js';
import { type CalendarDate, daysInMonth, isCalendarDate } from '../time/calendar-date.js';
import { addMonths } from '../time/calendar-math.js';
import type { IndexValues, PriceRegulationTerms } from './control-types.js';
import type { DecimalText } from './document.js';
import { exact, exactText, roundedText } from './exact.js';

/** One yearly regulation that has taken effect. */
export type RegulationStep = {
  /** The regulation date. */
  on: CalendarDate;
  kind: 'index' | 'fixed_percent';
  /** Index: the month whose value applies at this date ("YYYY-MM") and its value; null for a fixed percent. */
  indexMonth: string | null;
  indexValue: DecimalText | null;
  /** Index: the month (and value) of the previous regulation, or the base month at the first one. */
  previousMonth: string | null;
  previousValue: DecimalText | null;
  /** The change this year before cap and floor, as a factor (1.034 = +3,4 %), at most 10 decimals. */
  change: DecimalText;
  /** The factor applied this year, after cap and floor, at most 10 decimals. */
  factor: DecimalText;
  limitedBy: 'cap' | 'floor' | null;
};

export type AllowedUnitPrice = {
  /** The base price × the product of the yearly factors, exact to at most 10 decimals (round to øre to compare). */
  price: DecimalText;
  /** The product of the yearly factors (1 when nothing was regulated), at most 10 decimals. */
  factor: DecimalText;
  steps: RegulationStep[];
  /** The first index month ("YYYY-MM") that was needed but has no value (an earlier month's value was used). */
  indexMissing: string | null;
};

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

function regulationDay(date: string | null): { m: number; d: number } {
  const match = MONTH_DAY.exec(date?.trim() ?? '');
  const m = Number(match?.[1]);
  const d = Number(match?.[2]);
  return match && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? { m, d } : { m: 1, d: 1 };
}

/** The regulation day in a year; a day the month lacks (29 February in a non-leap year) becomes its last day. */
function inYear(year: number, day: { m: number; d: number }): CalendarDate {
  const d = Math.min(day.d, daysInMonth(year, day.m));
  // Padded digits of a year, month and day: a `YYYY-MM-DD` date.
  return `${String(year).padStart(4, '0')}-${String(day.m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as CalendarDate;
}

/** The day regulation counts from: the base month's first day (index) or the day prices took effect (fixed percent). */
function anchorOf(terms: PriceRegulationTerms): CalendarDate | null {
  if (terms.kind === 'none') return null;
  if (terms.kind === 'index') {
    const month = terms.baseMonth?.trim() ?? '';
    const first = `${month}-01`;
    return YEAR_MONTH.test(month) && isCalendarDate(first) ? first : null;
  }
  return terms.inForceFrom !== null && isCalendarDate(terms.inForceFrom) ? terms.inForceFrom : null;
}

/**
 * The regulation dates that have taken effect on or before `until`: the yearly regulation day (terms.date "MM-DD",
 * 1 January when none), starting with the first one at least 12 months after the anchor (an index's base month's first
 * day; a fixed percent's inForceFrom). No dates without terms, without an anchor, or without a percent.
 */
export function regulationDates(terms: PriceRegulationTerms, until: CalendarDate): CalendarDate[] {
  const anchor = anchorOf(terms);
  if (terms.kind === 'none' || anchor === null) return [];
  if (terms.kind === 'fixed_percent' && terms.percent === null) return [];
  const day = regulationDay(terms.date);
  const earliest = addMonths(anchor, 12);
  let year = Number(earliest.slice(0, 4));
  if (inYear(year, day) < earliest) year += 1;
  const dates: CalendarDate[] = [];
  for (let date = inYear(year, day); date <= until; date = inYear(++year, day)) dates.push(date);
  return dates;
}

/**
 * The index month used at a regulation date: the base month's calendar month in the latest year such that a full
 * calendar month lies between it and the regulation date (the month after it has ended on or before that date), so
 * that the index had been published. Base month 2020-01, regulation 1 January 2022 → 2021-01; regulation
 * 15 February 2021 → 2020-01 (January 2021 ends less than a month before).
 */
export function indexMonthAt(baseMonth: string, regulationDate: CalendarDate): string {
  const month = baseMonth.slice(5, 7);
  let year = Number(regulationDate.slice(0, 4));
  // `month` is the base month's `MM`, so this is a `YYYY-MM-DD` date.
  while (addMonths(`${year}-${month}-01` as CalendarDate, 2) > regulationDate) year -= 1;
  return `${String(year).padStart(4, '0')}-${month}`;
}

/** The value of a month, or of the latest month before it that has one (noting the missing month). */
function lookup(index: IndexValues, month: string): { month: string; value: Ratio } | null {
  const direct = index.get(month);
  if (direct !== undefined) return { month, value: exact(direct) };
  let best: string | null = null;
  for (const key of index.keys()) if (YEAR_MONTH.test(key) && key < month && (best === null || key > best)) best = key;
  const value = best === null ? undefined : index.get(best);
  return best === null || value === undefined ? null : { month: best, value: exact(value) };
}

function clamp(change: Ratio, floorPercent: DecimalText | null, capPercent: DecimalText | null) {
  const floor = floorPercent === null ? null : addRatio(RATIO_ONE, divideRatio(exact(floorPercent), ratio(100)));
  const cap = capPercent === null ? null : addRatio(RATIO_ONE, divideRatio(exact(capPercent), ratio(100)));
  if (cap !== null && compareRatio(change, cap) > 0) return { factor: cap, limitedBy: 'cap' as const };
  if (floor !== null && compareRatio(change, floor) < 0) return { factor: floor, limitedBy: 'floor' as const };
  return { factor: change, limitedBy: null };
}

/**
 * The highest unit price the contract allows on a day, from the price the contract states (`base`) and its price
 * regulation terms — the Danish contract practice of K02/K03: prices may be regulated once a year on the regulation
 * date (terms.date "MM-DD"; 1 January when none), the first time on the first regulation date at least 12 months after
 * the base (index: the base month's first day; fixed percent: inForceFrom; without these, no regulation). 29 February
 * as regulation date means 28 February in other years.
 * - Index (e.g. Danmarks Statistik's nettoprisindeks): at each regulation date the index month is the base month's
 *   calendar month in the latest year at least one full month before that date (`indexMonthAt`); the year's change is
 *   I(index month) ÷ I(previous index month) — the base month at the first regulation — capped at 1 + capPercent/100
 *   and floored at 1 + floorPercent/100 when those are set, so the cap works year by year. Without cap and floor the
 *   product is I(latest index month) ÷ I(base month). A missing index value is replaced by the latest earlier month that
 *   has one, and `indexMissing` names the first missing month; without any earlier value the year's change is 1.
 * - Fixed percent: each regulation date multiplies by 1 + percent/100, also within cap and floor.
 * The price is base × the product of the factors, kept exact to 10 decimals; comparisons round it to øre half away
 * from zero.
 */
export function allowedUnitPrice(
  base: DecimalText,
  terms: PriceRegulationTerms,
  on: CalendarDate,
  index: IndexValues,
): AllowedUnitPrice {
  const steps: RegulationStep[] = [];
  let indexMissing: string | null = null;
  let cumulative = RATIO_ONE;
  const dates = regulationDates(terms, on);
  if (terms.kind === 'index' && terms.baseMonth !== null && dates.length > 0) {
    const baseMonth = terms.baseMonth.trim();
    const noteMissing = (wanted: string, found: { month: string } | null) => {
      if (indexMissing === null && found?.month !== wanted) indexMissing = wanted;
    };
    let previous = lookup(index, baseMonth);
    noteMissing(baseMonth, previous);
    let previousMonth = baseMonth;
    for (const date of dates) {
      const month = indexMonthAt(baseMonth, date);
      const current = lookup(index, month);
      noteMissing(month, current);
      const change = previous !== null && current !== null ? divideRatio(current.value, previous.value) : RATIO_ONE;
      const { factor, limitedBy } = clamp(change, terms.floorPercent, terms.capPercent);
      cumulative = multiplyRatio(cumulative, factor);
      steps.push({
        on: date,
        kind: 'index',
        indexMonth: month,
        indexValue: current === null ? null : exactText(current.value),
        previousMonth,
        previousValue: previous === null ? null : exactText(previous.value),
        change: roundedText(change, 10),
        factor: roundedText(factor, 10),
        limitedBy,
      });
      if (current !== null) previous = current;
      previousMonth = month;
    }
  } else if (terms.kind === 'fixed_percent' && terms.percent !== null) {
    const change = addRatio(RATIO_ONE, divideRatio(exact(terms.percent), ratio(100)));
    for (const date of dates) {
      const { factor, limitedBy } = clamp(change, terms.floorPercent, terms.capPercent);
      cumulative = multiplyRatio(cumulative, factor);
      steps.push({
        on: date,
        kind: 'fixed_percent',
        indexMonth: null,
        indexValue: null,
        previousMonth: null,
        previousValue: null,
        change: roundedText(change, 10),
        factor: roundedText(factor, 10),
        limitedBy,
      });
    }
  }
  return {
    price: roundedText(multiplyRatio(exact(base), cumulative), 10),
    factor: roundedText(cumulative, 10),
    steps,
    indexMissing,
  };
}

/**
 * The key the price index named on a contract is stored under: the shipped net price index is
 * "nettoprisindeks", which contracts name in many ways ("Nettoprisindekset", "NPI"); any other name is its
 * trimmed, lower-cased self.
 */
export function priceIndexKey(name: string): string {
  const key = name.trim().toLowerCase();
  return key.includes('netto') || key === 'npi' ? 'nettoprisindeks' : key;
}
