import type { Ore } from '../money/ore.js';
import { addRatio, divideRatio, multiplyRatio, RATIO_ONE, RATIO_ZERO, type Ratio, ratio } from '../money/ratio.js';
import { type CalendarDate, daysInMonth } from '../time/calendar-date.js';
import { daysBetween } from '../time/calendar-math.js';
import type { IndexValues, PriceElementForControl, PriceRecurrence, PriceRegulationTerms } from './control-types.js';
import type { DecimalText } from './document.js';
import { exact, exactToOre, roundedText } from './exact.js';
import { allowedUnitPrice } from './price-regulation.js';

export type ExpectedCost = {
  total: Ore;
  elements: { priceElementId: string; amount: Ore; months: DecimalText }[];
};

/** Months per period of a recurring price: monthly 1, quarterly 3, half-yearly 6, yearly 12; null for one-off. */
export function monthsPerRecurrence(recurrence: PriceRecurrence): number | null {
  switch (recurrence) {
    case 'monthly':
      return 1;
    case 'quarterly':
      return 3;
    case 'half_yearly':
      return 6;
    case 'yearly':
      return 12;
    case 'one_off':
      return null;
  }
}

/**
 * The months from start to end, both days included: each whole calendar month counts 1, a part of a month counts its
 * days ÷ the month's days (so February counts 1 whether it has 28 or 29 days, and 1–14 February 2024 is 14/29).
 * 2024-01-16 – 2024-03-31 = 16/31 + 1 + 1. Zero when end is before start. Exact (a fraction like 14/29 is kept as
 * the fraction).
 */
export function monthsCovered(start: CalendarDate, end: CalendarDate): Ratio {
  if (end < start) return RATIO_ZERO;
  let total = RATIO_ZERO;
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  const lastKey = Number(end.slice(0, 4)) * 12 + Number(end.slice(5, 7));
  while (year * 12 + month <= lastKey) {
    const prefix = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    const monthDays = daysInMonth(year, month);
    // `prefix` is `YYYY-MM`, so these are `YYYY-MM-DD` dates.
    const first = `${prefix}-01` < start ? start : (`${prefix}-01` as CalendarDate);
    const lastDay = `${prefix}-${String(monthDays).padStart(2, '0')}` as CalendarDate;
    const last = lastDay > end ? end : lastDay;
    const covered = daysBetween(first, last) + 1;
    total = addRatio(total, covered === monthDays ? RATIO_ONE : ratio(covered, monthDays));
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return total;
}

/**
 * What a contract's recurring price elements are expected to cost in a period, for consumption monitoring
 * (forbrugsmonitorering): per element, the allowed unit price at the period's start (`allowedUnitPrice`, so price
 * regulation counts) × (quantity ?? 1) × the months of the period within the element's validFrom–validTo
 * (`monthsCovered`: whole calendar months exactly, a part month pro rata by its days) ÷ the months per recurrence
 * (monthly 1, quarterly 3, half-yearly 6, yearly 12), rounded to øre half away from zero; the total is the sum of the
 * elements' øre. The quantity is the quantity per recurrence period. One-off elements are not expected costs of a
 * period (they are paid once, on delivery) and are left out of the result. `months` is given to at most 10 decimals.
 */
export function expectedCost(
  elements: PriceElementForControl[],
  period: { start: CalendarDate; end: CalendarDate },
  regulation: PriceRegulationTerms,
  index: IndexValues,
): ExpectedCost {
  const result: ExpectedCost['elements'] = [];
  for (const element of elements) {
    const perPeriod = monthsPerRecurrence(element.recurrence);
    if (perPeriod === null) continue;
    const start = element.validFrom !== null && element.validFrom > period.start ? element.validFrom : period.start;
    const end = element.validTo !== null && element.validTo < period.end ? element.validTo : period.end;
    const months = monthsCovered(start, end);
    const price = exact(allowedUnitPrice(element.unitPrice, regulation, period.start, index).price);
    const quantity = element.quantity === null ? RATIO_ONE : exact(element.quantity);
    const amount = exactToOre(divideRatio(multiplyRatio(multiplyRatio(price, quantity), months), ratio(perPeriod)));
    result.push({ priceElementId: element.id, amount, months: roundedText(months, 10) });
  }
  return { total: result.reduce((sum, e) => sum + e.amount, 0n), elements: result };
}
