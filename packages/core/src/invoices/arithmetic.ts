import type { Deviation } from './control-types.js';
import type { EInvoice } from './document.js';
import { allowanceTotalAddsUp } from './rules/arithmetic/allowance-total.js';
import { chargeTotalAddsUp } from './rules/arithmetic/charge-total.js';
import { documentFigures } from './rules/arithmetic/figures.js';
import { lineAmountAddsUp } from './rules/arithmetic/line-amount.js';
import { lineExtensionAddsUp } from './rules/arithmetic/line-extension.js';
import { payableAddsUp } from './rules/arithmetic/payable.js';
import { taxExclusiveAddsUp } from './rules/arithmetic/tax-exclusive.js';
import { taxInclusiveAddsUp } from './rules/arithmetic/tax-inclusive.js';
import { taxTotalAddsUp } from './rules/arithmetic/tax-total.js';
import { vatSubtotalAddsUp } from './rules/arithmetic/vat-subtotal.js';

export {
  type ArithmeticTolerances,
  arithmeticTolerances,
  isOioublFormat,
  isVatSubtotal,
  OIOUBL_TOLERANCES,
  PEPPOL_TOLERANCES,
} from './arithmetic-formats.js';

/**
 * The arithmetic of an e-invoice or credit note, recomputed exactly (bigint `Ratio`s, never floats) and compared with
 * what the document states, with the tolerances of its format (`arithmeticTolerances`). Every finding is an
 * error with the code arithmetic_line (with the line's id), arithmetic_total or arithmetic_vat, the absolute
 * difference in øre (half away from zero) as its amount, and the expected and found values in params (Danish
 * "1.234,50 kr." and raw decimals). A credit note's amounts are positive and are checked the same way.
 *
 * Peppol BIS 3 (and plain UBL):
 * - each line with a price: quantity × (price ÷ base quantity) + Σ line charges − Σ line allowances = line amount (±0.02);
 * - Σ line amounts = LineExtensionAmount (±0.01);
 * - AllowanceTotalAmount = Σ document allowances and ChargeTotalAmount = Σ document charges (a missing total counts 0);
 * - TaxExclusiveAmount = LineExtensionAmount − AllowanceTotalAmount + ChargeTotalAmount;
 * - per VAT subtotal (scheme VAT, 63 or none; not excise; with a percent): taxable × percent ÷ 100 = tax (±0.01);
 * - Σ subtotal tax (VAT and other schemes) = the TaxTotal's TaxAmount;
 * - TaxInclusiveAmount = TaxExclusiveAmount + tax; PayableAmount = TaxInclusiveAmount − PrepaidAmount + PayableRoundingAmount.
 *
 * OIOUBL 2.0x/2.1 differs where its official examples and schematron differ from EN 16931, and an amount passes when
 * it fits any of the readings below (the main reading is reported when none fits):
 * - line (±1.00): price ÷ base quantity × quantity (F-INV340), or, when the price unit differs from the invoiced unit,
 *   price × quantity × OrderableUnitFactorRate (F-INV343); the "Prices advanced" example also counts the quantity in
 *   price units (price × quantity × factor with base quantity 2), so both readings are accepted for every line, with
 *   and without the line's allowances and charges (OIOUBL repeats those at document level);
 * - TaxExclusiveAmount is OIOUBL's total tax ("momsbeløb"), so it may equal the tax instead of the net amount;
 * - TaxInclusiveAmount = net amount + tax (+ PayableRoundingAmount, which OIOUBL includes there), and PayableAmount =
 *   TaxInclusiveAmount − PrepaidAmount (+ PayableRoundingAmount when the inclusive amount does not hold it);
 * - VAT per subtotal ±1.00, on the stated taxable amount or on that amount less the document allowances (plus the
 *   document charges) at the subtotal's rate: the official "Stor" credit note states the taxable amount before its
 *   document allowance and the VAT after it.
 * Where a document has more than one TaxTotal (OIOUBL excise in its own TaxTotal), the tax total may equal Σ of all
 * subtotals or Σ of the VAT subtotals, and the totals accept either tax figure.
 *
 * Each check is a rule in ./rules/arithmetic, run in this order: the lines, the line total, the allowance and charge
 * totals, the VAT subtotals, the tax total, the amounts without and with VAT, the payable amount.
 */
export function arithmeticDeviations(doc: EInvoice): Deviation[] {
  const figures = documentFigures(doc);
  const found = [
    ...doc.lines.map((line) => lineAmountAddsUp(figures, line)),
    lineExtensionAddsUp(figures),
    allowanceTotalAddsUp(figures),
    chargeTotalAddsUp(figures),
    ...figures.vatSubtotals.map((subtotal) => vatSubtotalAddsUp(figures, subtotal)),
    taxTotalAddsUp(figures),
    taxExclusiveAddsUp(figures),
    taxInclusiveAddsUp(figures),
    payableAddsUp(figures),
  ];
  return found.filter((d): d is Deviation => d !== null);
}
