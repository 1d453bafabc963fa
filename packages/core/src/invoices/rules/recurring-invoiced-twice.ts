import { compareRatio, multiplyRatio, RATIO_ZERO, ratio } from '../../money/ratio.js';
import type { CalendarDate } from '../../time/calendar-date.js';
import { addDays } from '../../time/calendar-math.js';
import { exact, exactToOre } from '../exact.js';
import { days, deviation, kr, lineLabel, maxDate, minDate, type PricedLineRule, periodText } from './invoice-rule.js';

/** The number of days from start to end covered by the union of the intervals. */
function coveredDays(start: CalendarDate, end: CalendarDate, intervals: { start: CalendarDate; end: CalendarDate }[]): number {
  const clipped = intervals
    .map((i) => ({ start: maxDate(i.start, start), end: minDate(i.end, end) }))
    .filter((i) => i.start <= i.end)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  let total = 0;
  let reached: CalendarDate | null = null;
  for (const i of clipped) {
    const from: CalendarDate = reached === null ? i.start : maxDate(i.start, addDays(reached, 1));
    if (from <= i.end) total += days(from, i.end);
    reached = reached === null ? i.end : maxDate(reached, i.end);
  }
  return total;
}

/**
 * recurring_invoiced_twice (error): a positive line on a recurring element whose explicit period overlaps an earlier
 * invoice's line on the same element (`invoicedBefore` of kind invoice; not the invoice `duplicateOf` points to, which
 * is reported as a duplicate) or an earlier confirmed positive line of this invoice with an explicit period (negative
 * lines are corrections); amount = line amount × overlapping days ÷ the line's days.
 */
export const recurringInvoicedTwice: PricedLineRule = ({ input, match }, { index, line, element, days: lineDays }) => {
  const lineAmount = exact(line.lineAmount);
  if (element.recurrence === 'one_off' || !lineDays.explicit || compareRatio(lineAmount, RATIO_ZERO) <= 0) return null;
  const { start, end } = lineDays;
  const earlier = input.invoicedBefore.filter(
    (b) =>
      b.kind === 'invoice' &&
      b.priceElementId === element.id &&
      b.invoiceId !== input.duplicateOf?.invoiceId &&
      b.period?.start != null &&
      b.period.end != null &&
      b.period.start <= end &&
      b.period.end >= start,
  );
  const sameInvoice = match.lines
    .slice(0, index)
    .filter(
      (o) =>
        o.element?.id === element.id &&
        o.check.certain &&
        o.days.explicit &&
        compareRatio(exact(o.line.lineAmount), RATIO_ZERO) > 0 &&
        o.days.start <= end &&
        o.days.end >= start,
    );
  const intervals = [
    ...earlier.map((b) => ({ start: b.period?.start ?? start, end: b.period?.end ?? end })),
    ...sameInvoice.map((o) => ({ start: o.days.start, end: o.days.end })),
  ];
  const overlap = coveredDays(start, end, intervals);
  if (overlap === 0) return null;
  const total = days(start, end);
  const share = multiplyRatio(lineAmount, ratio(overlap, total));
  const where = [
    ...new Set(earlier.map((b) => `faktura ${b.invoiceNumber}`)),
    ...sameInvoice.map((o) => `linje ${o.line.id} i denne faktura`),
  ];
  return deviation(
    'recurring_invoiced_twice',
    'error',
    line.id,
    exactToOre(share),
    {
      start,
      end,
      overlapDays: String(overlap),
      days: String(total),
      earlierInvoices: [...new Set(earlier.map((b) => b.invoiceNumber))].join(', '),
      earlierInvoiceIds: [...new Set(earlier.map((b) => b.invoiceId))].join(', '),
      amount: kr(share),
    },
    `${lineLabel(line, element)}: perioden ${periodText(start, end)} er allerede faktureret for samme priselement på ${where.join(' og ')} (${overlap} af ${total} dage). Beløb for de dobbelt fakturerede dage: ${kr(share)}`,
  );
};
