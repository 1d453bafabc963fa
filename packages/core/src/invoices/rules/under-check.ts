import { addRatio, multiplyRatio, subtractRatio } from '../../money/ratio.js';
import { isOioublFormat } from '../arithmetic-formats.js';
import type { ContractForControl } from '../control-types.js';
import { exact, exactToOre, oreToExact } from '../exact.js';
import type { CheckInput, InvoiceMatch, MatchedLine } from '../match-invoice.js';
import type { ContractInvoice, InvoiceUnderCheck, PricedLine } from './invoice-rule.js';
import { quantitiesBefore } from './quantity-above-agreed.js';

/** The invoice as the document rules see it. */
export function invoiceUnderCheck(input: CheckInput, match: InvoiceMatch): InvoiceUnderCheck {
  const { doc } = input;
  const t = doc.totals;
  const { contract } = match;
  return {
    input,
    doc,
    match,
    credit: doc.kind === 'credit_note',
    oioubl: isOioublFormat(doc.format),
    currencyOk: contract === null || contract.currency.trim().toUpperCase() === doc.currency.trim().toUpperCase(),
    netTotal: addRatio(subtractRatio(exact(t.lineExtension), exact(t.allowanceTotal ?? '0')), exact(t.chargeTotal ?? '0')),
    payable: exact(t.payable),
  };
}

/**
 * The line when its price and quantity are to be checked: an invoice's line with a confirmed element in a unit that
 * converts into the element's; else null.
 */
export function pricedLine(invoice: InvoiceUnderCheck, line: MatchedLine): PricedLine | null {
  const { element, allowed, unitFactor } = line;
  if (invoice.credit || element === null || !line.check.certain || unitFactor === null || allowed === null) return null;
  return {
    ...line,
    element,
    allowed,
    unitFactor,
    quantity: multiplyRatio(exact(line.line.quantity), unitFactor),
    allowedPrice: oreToExact(exactToOre(exact(allowed.price))),
  };
}

/** The invoice as the line rules see it, with its priced lines (null where a line is not priced). */
export function contractInvoice(
  invoice: InvoiceUnderCheck,
  contract: ContractForControl,
): { invoice: ContractInvoice; priced: (PricedLine | null)[] } {
  const priced = invoice.match.lines.map((line) => pricedLine(invoice, line));
  return { invoice: { ...invoice, contract, quantityBefore: quantitiesBefore(invoice.input.invoicedBefore, priced) }, priced };
}
