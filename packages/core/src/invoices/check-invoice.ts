import type { Ore } from '../money/ore.js';
import { sumRatios } from '../money/ratio.js';
import { amountInQuestion } from './amount-in-question.js';
import { arithmeticDeviations } from './arithmetic.js';
import type { Deviation, Severity } from './control-types.js';
import { exact, exactToOre } from './exact.js';
import { type CheckInput, type ContractCheck, type InvoiceMatch, type LineCheck, matchInvoice } from './match-invoice.js';
import type { BuyerMatch } from './matching.js';
import { beforeOperationsStart } from './rules/before-operations-start.js';
import { contractNotInForce } from './rules/contract-not-in-force.js';
import { currencyDiffers } from './rules/currency-differs.js';
import { duplicateInvoice } from './rules/duplicate-invoice.js';
import type { DocumentRule, LineRule, PricedLineRule } from './rules/invoice-rule.js';
import { missingContractReference } from './rules/missing-contract-reference.js';
import { missingResponsiblePerson } from './rules/missing-responsible-person.js';
import { noContract } from './rules/no-contract.js';
import { notAddressedToOrganisation } from './rules/not-addressed-to-organisation.js';
import { priceAboveContract } from './rules/price-above-contract.js';
import { quantityAboveAgreed } from './rules/quantity-above-agreed.js';
import { recurringInvoicedTwice } from './rules/recurring-invoiced-twice.js';
import { supplierCvrChecksum } from './rules/supplier-cvr-checksum.js';
import { uncertainLineMatch } from './rules/uncertain-line-match.js';
import { contractInvoice, invoiceUnderCheck } from './rules/under-check.js';
import { unitDiffers } from './rules/unit-differs.js';
import { unknownPriceElement } from './rules/unknown-price-element.js';
import { unknownSupplier } from './rules/unknown-supplier.js';

export type { CheckInput, LineCheck } from './match-invoice.js';
export { matchInvoice } from './match-invoice.js';

export type InvoiceCheck = {
  buyer: BuyerMatch;
  contract: ContractCheck;
  lines: LineCheck[];
  deviations: Deviation[];
  /** Signed: a credit note's totals are negative. */
  totals: { lineExtension: Ore; tax: Ore; payable: Ore };
  /** The money in question: overlapping deviations counted once, at most the amount excl. VAT (`amountInQuestion`). */
  deviationAmount: Ore;
  maxSeverity: Severity | null;
};

/** The rules on the whole document, in the order their deviations are listed; then the arithmetic. */
const DOCUMENT_RULES: readonly DocumentRule[] = [
  duplicateInvoice,
  notAddressedToOrganisation,
  unknownSupplier,
  supplierCvrChecksum,
  noContract,
  currencyDiffers,
  missingContractReference,
  missingResponsiblePerson,
];
/** On a contract, for each line: the contract's term. */
const TERM_RULES: readonly LineRule[] = [contractNotInForce, beforeOperationsStart];
/** Then, line by line: its element and unit; the first finding ends the line's checks… */
const LINE_MATCH_RULES: readonly LineRule[] = [unknownPriceElement, uncertainLineMatch, unitDiffers];
/** …else, on an invoice (not a credit note), its price, quantity and double invoicing. */
const PRICED_LINE_RULES: readonly PricedLineRule[] = [priceAboveContract, quantityAboveAgreed, recurringInvoicedTwice];

const found = (deviation: Deviation | null): deviation is Deviation => deviation !== null;

/**
 * Invoice control of one e-invoice or credit note against the organisation's contracts (the Drejebog's
 * "Faktureringsprocedure"). Pure: the caller reads the contracts, earlier invoices and index values and stores the
 * result. Matching is `matchInvoice`; each deviation is found by a rule in ./rules (one module each, documented
 * there), with a Danish text for the controller and the supplier, params with the figures, and an amount in øre
 * where money is in question (never negative; lines with an amount ≤ 0 give no amount). The rules run in this order:
 * the document's (duplicate, buyer, supplier, supplier CVR, contract, currency, contract reference, responsible
 * person), the arithmetic of the document (`arithmeticDeviations`), on a contract each line's term (contract term,
 * operations start), then each line's element (unknown, uncertain, unit), and, where the element is confirmed and the
 * unit comparable, on an invoice its price, quantity and double invoicing.
 * Credit notes are checked for matching, arithmetic and contract (term, reference), not for price, quantity, operations
 * start or double invoicing; their line amounts and totals are negative. deviationAmount is the money in question by
 * `amountInQuestion` (overlapping errors and warnings counted once, at most the amount excl. VAT).
 */
export function checkInvoice(input: CheckInput): InvoiceCheck {
  return checkMatchedInvoice(input, matchInvoice(input));
}

/**
 * `checkInvoice` with the matching already done: `match` must be `matchInvoice` of an input that differs from `input`
 * at most in `invoicedBefore` (which matching does not read), so a caller can match, read the matched elements'
 * history and check once.
 */
export function checkMatchedInvoice(input: CheckInput, match: InvoiceMatch): InvoiceCheck {
  const { doc } = input;
  const invoice = invoiceUnderCheck(input, match);
  const deviations = DOCUMENT_RULES.map((rule) => rule(invoice)).filter(found);
  deviations.push(...arithmeticDeviations(doc));
  if (match.contract !== null) {
    const { invoice: onContract, priced } = contractInvoice(invoice, match.contract);
    for (const line of match.lines) {
      deviations.push(...TERM_RULES.map((rule) => rule(onContract, line)).filter(found));
    }
    for (const line of match.lines) {
      const matchFinding = LINE_MATCH_RULES.map((rule) => rule(onContract, line)).find(found);
      if (matchFinding !== undefined) {
        deviations.push(matchFinding);
        continue;
      }
      const pricedLine = priced[line.index];
      if (pricedLine) deviations.push(...PRICED_LINE_RULES.map((rule) => rule(onContract, pricedLine)).filter(found));
    }
  }

  const t = doc.totals;
  const sign = invoice.credit ? -1n : 1n;
  const tax = doc.taxAmount !== null ? exact(doc.taxAmount) : sumRatios(doc.taxSubtotals.map((s) => exact(s.taxAmount)));
  const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
  const maxSeverity = deviations.reduce<Severity | null>(
    (max, d) => (max === null || rank[d.severity] > rank[max] ? d.severity : max),
    null,
  );
  const lineExtension = exactToOre(exact(t.lineExtension)) * sign;
  return {
    buyer: match.buyer,
    contract: match.contractMatch,
    lines: match.lines.map((l) => l.check),
    deviations,
    totals: {
      lineExtension,
      tax: exactToOre(tax) * sign,
      payable: exactToOre(invoice.payable) * sign,
    },
    deviationAmount: amountInQuestion(deviations, lineExtension),
    maxSeverity,
  };
}
