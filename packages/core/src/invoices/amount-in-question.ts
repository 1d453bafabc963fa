import type { Ore } from '../money/ore.js';
import type { Deviation } from './control-types.js';

/** What the rule reads of a deviation. */
export type CountedDeviation = Pick<Deviation, 'severity' | 'lineId' | 'amount'>;

const larger = (a: Ore, b: Ore): Ore => (a > b ? a : b);
const abs = (a: Ore): Ore => (a < 0n ? -a : a);

/**
 * The money in question on one invoice or credit note ("afvigelser, … DKK"): what its deviations put at stake,
 * counting money that several deviations are about only once. Deviations overlap — a line priced above the contract
 * can also be invoiced twice for the same period, and an invoice without a contract is also a possible duplicate —
 * so their amounts are not added up. The rule (docs/invoices.md, "The amount in question"):
 *
 * 1. Only errors and warnings with an amount count (info findings are notes; negative amounts count as none).
 * 2. A line's amount in question is the largest amount of the deviations on that line.
 * 3. The lines' amounts are added up.
 * 4. Deviations on the whole invoice (no contract, duplicate, totals …) are each about all of it, so they overlap
 *    one another and every line: the largest of them counts, if it is more than the lines' sum.
 * 5. The result is at most the invoice's amount excl. VAT (its sum of lines, the amount the invoice list and the
 *    consumption page show), taken without its sign, so a credit note's negative amount caps it too.
 *
 * In øre, exact: no rounding is needed, every input is already whole øre. Pure; the check (`checkInvoice`) stores it
 * as the invoice's `deviationAmount`, and every total over invoices adds up these stored amounts.
 */
export function amountInQuestion(deviations: readonly CountedDeviation[], invoiceAmount: Ore): Ore {
  const perLine = new Map<string, Ore>();
  let wholeInvoice = 0n;
  for (const d of deviations) {
    if (d.severity === 'info' || d.amount === null || d.amount <= 0n) continue;
    if (d.lineId === null) wholeInvoice = larger(wholeInvoice, d.amount);
    else perLine.set(d.lineId, larger(perLine.get(d.lineId) ?? 0n, d.amount));
  }
  const lines = [...perLine.values()].reduce((sum, a) => sum + a, 0n);
  const cap = abs(invoiceAmount);
  const found = larger(lines, wholeInvoice);
  return found < cap ? found : cap;
}
