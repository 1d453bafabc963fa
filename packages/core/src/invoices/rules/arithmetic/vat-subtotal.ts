import { formatDanishNumber } from '../../../money/kroner-format.js';
import { addRatio, divideRatio, multiplyRatio, ratio, sameRatio, subtractRatio } from '../../../money/ratio.js';
import type { Deviation } from '../../control-types.js';
import type { EInvoiceTaxSubtotal } from '../../document.js';
import { exact } from '../../exact.js';
import { compare, type DocumentFigures, kr, sumAllowanceCharges } from './figures.js';

/**
 * arithmetic_vat (vat_subtotal): a VAT subtotal with a percent whose tax is not taxable × percent ÷ 100 (Peppol ±0.01,
 * BR-CO-17). OIOUBL (±1.00, F-LIB400) also accepts the taxable amount less the document allowances (plus the
 * document charges) at the subtotal's rate: the official "Stor" credit note states the taxable amount before its
 * document allowance and the VAT after it.
 */
export function vatSubtotalAddsUp({ doc, oioubl, tolerances }: DocumentFigures, subtotal: EInvoiceTaxSubtotal): Deviation | null {
  if (subtotal.percent === null) return null;
  const taxable = exact(subtotal.taxableAmount);
  const percent = exact(subtotal.percent);
  const readings = [taxable];
  if (oioubl) {
    const atRate = doc.allowanceCharges.filter((ac) => ac.taxPercent !== null && sameRatio(exact(ac.taxPercent), percent));
    readings.push(addRatio(subtractRatio(taxable, sumAllowanceCharges(atRate, false)), sumAllowanceCharges(atRate, true)));
  }
  return compare(
    exact(subtotal.taxAmount),
    readings.map((r) => divideRatio(multiplyRatio(r, percent), ratio(100))),
    tolerances.vat,
    {
      code: 'arithmetic_vat',
      lineId: null,
      rule: oioubl ? 'F-LIB400' : 'BR-CO-17',
      what: 'vat_subtotal',
      text: (f) =>
        `Moms af ${kr(taxable)} med ${formatDanishNumber(subtotal.percent ?? '0')} % er ${f.expected}, men fakturaen angiver ${f.found} (forskel ${f.difference}).`,
    },
  );
}
