import { formatDanishNumber, formatKroner } from '../../../money/kroner-format.js';
import { type ArithmeticTolerances, arithmeticTolerances, isOioublFormat, isVatSubtotal } from '../../arithmetic-formats.js';
import type { Deviation, DeviationCode } from '../../control-types.js';
import type { DecimalText, EInvoice, EInvoiceAllowanceCharge, EInvoiceTaxSubtotal } from '../../document.js';
import { EXACT_ZERO, type Exact, exact, exactText, exactToOre, roundedText, sumExact } from '../../exact-decimal.js';

export const kr = (value: Exact) => formatKroner(exactToOre(value));
export const num = (value: Exact) => formatDanishNumber(roundedText(value, 10));
export const sumAllowanceCharges = (items: readonly EInvoiceAllowanceCharge[], charge: boolean) =>
  sumExact(items.filter((ac) => ac.charge === charge).map((ac) => exact(ac.amount)));

/** The figures of a finding as the Danish text shows them. */
export type Figures = { expected: string; found: string; difference: string };
export type Check = { code: DeviationCode; lineId: string | null; rule: string; what: string; text: (f: Figures) => string };

/** A check of one of the document's totals (arithmetic_total). */
export const totalCheck = (what: string, rule: string, text: (f: Figures) => string): Check => ({
  code: 'arithmetic_total',
  lineId: null,
  rule,
  what,
  text,
});

/**
 * Whether `found` is within `tolerance` of one of `candidates` (an amount may be written according to more than
 * one reading of a format); if not, an error against the first candidate, the format's main rule, with the absolute
 * difference in øre as its amount.
 */
export function compare(found: Exact, candidates: readonly Exact[], tolerance: DecimalText, check: Check): Deviation | null {
  const limit = exact(tolerance);
  if (candidates.some((c) => found.minus(c).abs().lte(limit))) return null;
  const expected = candidates[0] ?? EXACT_ZERO;
  const difference = found.minus(expected);
  const figures: Figures = { expected: kr(expected), found: kr(found), difference: kr(difference.abs()) };
  return {
    code: check.code,
    severity: 'error',
    lineId: check.lineId,
    amount: exactToOre(difference.abs()),
    params: {
      what: check.what,
      rule: check.rule,
      expected: figures.expected,
      found: figures.found,
      difference: figures.difference,
      expectedValue: roundedText(expected, 10),
      foundValue: exactText(found),
      differenceValue: roundedText(difference, 10),
      tolerance: formatDanishNumber(tolerance, 2),
      toleranceValue: tolerance,
    },
    text: check.text(figures),
  };
}

/** What the document states and what follows from it, as the arithmetic rules share them. */
export type DocumentFigures = {
  doc: EInvoice;
  oioubl: boolean;
  tolerances: Readonly<ArithmeticTolerances>;
  lineExtension: Exact;
  /** Σ of the document-level allowances and charges. */
  docAllowances: Exact;
  docCharges: Exact;
  /** The stated allowance and charge totals, null when absent. */
  allowanceTotal: Exact | null;
  chargeTotal: Exact | null;
  /** Lines − allowances + charges (the stated totals, else the sums). */
  net: Exact;
  vatSubtotals: EInvoiceTaxSubtotal[];
  /** Σ tax of all subtotals and of the VAT subtotals. */
  taxSumAll: Exact;
  taxSumVat: Exact;
  /** The TaxTotal's TaxAmount, null when absent. */
  taxAmount: Exact | null;
  /** The readings of the tax: the stated tax (if any) and Σ of all subtotals when it differs. */
  taxes: Exact[];
  tax: Exact;
  taxExclusive: Exact | null;
  rounding: Exact;
  prepaid: Exact;
  /** The amount without VAT the inclusive amount is built on. */
  exclusive: Exact;
  inclusiveCandidates: Exact[];
  taxInclusive: Exact | null;
  /** The stated inclusive amount, else the main reading. */
  inclusive: Exact;
};

export function documentFigures(doc: EInvoice): DocumentFigures {
  const oioubl = isOioublFormat(doc.format);
  const t = doc.totals;
  const lineExtension = exact(t.lineExtension);
  const docAllowances = sumAllowanceCharges(doc.allowanceCharges, false);
  const docCharges = sumAllowanceCharges(doc.allowanceCharges, true);
  const allowanceTotal = t.allowanceTotal === null ? null : exact(t.allowanceTotal);
  const chargeTotal = t.chargeTotal === null ? null : exact(t.chargeTotal);
  const net = lineExtension.minus(allowanceTotal ?? docAllowances).plus(chargeTotal ?? docCharges);
  const vatSubtotals = doc.taxSubtotals.filter(isVatSubtotal);
  const taxSumAll = sumExact(doc.taxSubtotals.map((s) => exact(s.taxAmount)));
  const taxSumVat = sumExact(vatSubtotals.map((s) => exact(s.taxAmount)));
  const taxAmount = doc.taxAmount === null ? null : exact(doc.taxAmount);
  const taxes = taxAmount === null ? [taxSumAll] : taxAmount.eq(taxSumAll) ? [taxAmount] : [taxAmount, taxSumAll];
  const tax = taxes[0] ?? EXACT_ZERO;
  const taxExclusive = t.taxExclusive === null ? null : exact(t.taxExclusive);
  const rounding = t.payableRounding === null ? EXACT_ZERO : exact(t.payableRounding);
  const prepaid = t.prepaid === null ? EXACT_ZERO : exact(t.prepaid);
  const exclusive = oioubl || taxExclusive === null ? net : taxExclusive;
  const inclusiveCandidates = oioubl
    ? taxes.flatMap((x) => [net.plus(x), net.plus(x).plus(rounding)])
    : taxes.map((x) => exclusive.plus(x));
  const taxInclusive = t.taxInclusive === null ? null : exact(t.taxInclusive);
  return {
    doc,
    oioubl,
    tolerances: arithmeticTolerances(doc.format),
    lineExtension,
    docAllowances,
    docCharges,
    allowanceTotal,
    chargeTotal,
    net,
    vatSubtotals,
    taxSumAll,
    taxSumVat,
    taxAmount,
    taxes,
    tax,
    taxExclusive,
    rounding,
    prepaid,
    exclusive,
    inclusiveCandidates,
    taxInclusive,
    inclusive: taxInclusive ?? inclusiveCandidates[0] ?? exclusive.plus(tax),
  };
}

/** A rule on the document's totals. */
export type TotalRule = (figures: DocumentFigures) => Deviation | null;
