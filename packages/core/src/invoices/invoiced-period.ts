import type { CalendarDate } from '../time/calendar-date.js';
import type { EInvoicePeriod } from './document.js';

/**
 * The period an earlier invoice line covered, for the double-invoicing and quantity rules: the line's own
 * period when it has one (either end), else the invoice's period (either end), else the day the invoice was
 * issued.
 */
export function invoicedPeriod(
  line: EInvoicePeriod,
  invoice: EInvoicePeriod,
  issueDate: CalendarDate,
): { start: CalendarDate | null; end: CalendarDate | null } {
  if (line.start || line.end) return { start: line.start, end: line.end };
  if (invoice.start || invoice.end) return { start: invoice.start, end: invoice.end };
  return { start: issueDate, end: issueDate };
}
