import { formatDanishNumber, formatKroner } from '../../../money/kroner-format.js';
import {
  absRatio,
  addRatio,
  compareRatio,
  RATIO_ZERO,
  type Ratio,
  sameRatio,
  subtractRatio,
  sumRatios,
} from '../../../money/ratio.js';
import { type ArithmeticTolerances, arithmeticTolerances, isOioublFormat, isVatSubtotal } from '../../arithmetic-formats.js';
import type { Deviation, DeviationCode } from '../../control-types.js';
import type { DecimalText, EInvoice, EInvoiceAllowanceCharge, EInvoiceTaxSubtotal } from '../../document.js';
import { exact, exactText, exactToOre, roundedText } from '../../exact.js';

export const kr = (value: Ratio) => formatKroner(exactToOre(value));
export const num = (value: Ratio) => formatDanishNumber(roundedText(value, 10));
export const sumAllowanceCharges = (items: readonly EInvoiceAllowanceCharge[], charge: boolean) =>
  sumRatios(items.filter((ac) => ac.charge === charge).map((ac) => exact(ac.amount)));

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
export function compare(found: Ratio, candidates: readonly Ratio[], tolerance: DecimalText, check: Check): Deviation | null {
  const limit = exact(tolerance);
  if (candidates.some((c) => compareRatio(absRatio(subtractRatio(found, c)), limit) <= 0)) return null;
  const expected = candidates[0] ?? RATIO_ZERO;
  const difference = subtractRatio(found, expected);
  const figures: Figures = { expected: kr(expected), found: kr(found), difference: kr(absRatio(difference)) };
  return {
    code: check.code,
    severity: 'error',
    lineId: check.lineId,
    amount: exactToOre(absRatio(difference)),
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
  lineExtension: Ratio;
  /** Σ of the document-level allowances and charges. */
  docAllowances: Ratio;
  docCharges: Ratio;
  /** The stated allowance and charge totals, null when absent. */
  allowanceTotal: Ratio | null;
  chargeTotal: Ratio | null;
  /** Lines − allowances + charges (the stated totals, else the sums). */
  net: Ratio;
  vatSubtotals: EInvoiceTaxSubtotal[];
  /** Σ tax of all subtotals and of the VAT subtotals. */
  taxSumAll: Ratio;
  taxSumVat: Ratio;
  /** The TaxTotal's TaxAmount, null when absent. */
  taxAmount: Ratio | null;
  /** The readings of the tax: the stated tax (if any) and Σ of all subtotals when it differs. */
  taxes: Ratio[];
  tax: Ratio;
  taxExclusive: Ratio | null;
  rounding: Ratio;
  prepaid: Ratio;
  /** The amount without VAT the inclusive amount is built on. */
  exclusive: Ratio;
  inclusiveCandidates: Ratio[];
  taxInclusive: Ratio | null;
  /** The stated inclusive amount, else the main reading. */
  inclusive: Ratio;
};

export function documentFigures(doc: EInvoice): DocumentFigures {
  const oioubl = isOioublFormat(doc.format);
  const t = doc.totals;
  const lineExtension = exact(t.lineExtension);
  const docAllowances = sumAllowanceCharges(doc.allowanceCharges, false);
  const docCharges = sumAllowanceCharges(doc.allowanceCharges, true);
  const allowanceTotal = t.allowanceTotal === null ? null : exact(t.allowanceTotal);
  const chargeTotal = t.chargeTotal === null ? null : exact(t.chargeTotal);
  const net = addRatio(subtractRatio(lineExtension, allowanceTotal ?? docAllowances), chargeTotal ?? docCharges);
  const vatSubtotals = doc.taxSubtotals.filter(isVatSubtotal);
  const taxSumAll = sumRatios(doc.taxSubtotals.map((s) => exact(s.taxAmount)));
  const taxSumVat = sumRatios(vatSubtotals.map((s) => exact(s.taxAmount)));
  const taxAmount = doc.taxAmount === null ? null : exact(doc.taxAmount);
  const taxes = taxAmount === null ? [taxSumAll] : sameRatio(taxAmount, taxSumAll) ? [taxAmount] : [taxAmount, taxSumAll];
  const tax = taxes[0] ?? RATIO_ZERO;
  const taxExclusive = t.taxExclusive === null ? null : exact(t.taxExclusive);
  const rounding = t.payableRounding === null ? RATIO_ZERO : exact(t.payableRounding);
  const prepaid = t.prepaid === null ? RATIO_ZERO : exact(t.prepaid);
  const exclusive = oioubl || taxExclusive === null ? net : taxExclusive;
  const inclusiveCandidates = oioubl
    ? taxes.flatMap((x) => [addRatio(net, x), addRatio(addRatio(net, x), rounding)])
    : taxes.map((x) => addRatio(exclusive, x));
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
    inclusive: taxInclusive ?? inclusiveCandidates[0] ?? addRatio(exclusive, tax),
  };
}

/** A rule on the document's totals. */
export type TotalRule = (figures: DocumentFigures) => Deviation | null;
