import { compare, type TotalRule } from './figures.js';

/**
 * arithmetic_vat (tax_total): the TaxTotal's TaxAmount = Σ subtotal tax (BR-CO-14), VAT and other schemes; where a
 * document has more than one TaxTotal (OIOUBL excise in its own), Σ of the VAT subtotals is accepted too. Not checked
 * without a tax amount or without subtotals.
 */
export const taxTotalAddsUp: TotalRule = ({ doc, tolerances, taxAmount, taxSumAll, taxSumVat }) => {
  if (taxAmount === null || doc.taxSubtotals.length === 0) return null;
  return compare(taxAmount, [taxSumAll, taxSumVat], tolerances.totals, {
    code: 'arithmetic_vat',
    lineId: null,
    rule: 'BR-CO-14',
    what: 'tax_total',
    text: (f) =>
      `Summen af momsbeløbene pr. sats er ${f.expected}, men fakturaens moms i alt er ${f.found} (forskel ${f.difference}).`,
  });
};
