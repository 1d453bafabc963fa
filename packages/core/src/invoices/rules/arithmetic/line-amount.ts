import {
  addRatio,
  divideRatio,
  isZeroRatio,
  multiplyRatio,
  RATIO_ONE,
  type Ratio,
  sameRatio,
  subtractRatio,
} from '../../../money/ratio.js';
import type { Deviation } from '../../control-types.js';
import type { EInvoiceLine } from '../../document.js';
import { exact } from '../../exact.js';
import { normaliseUnitCode } from '../../unit-codes.js';
import { compare, type DocumentFigures, kr, num, sumAllowanceCharges } from './figures.js';

/**
 * arithmetic_line: a line with a price whose amount is not quantity × (price ÷ base quantity) + Σ line charges −
 * Σ line allowances (Peppol, ±0.02). OIOUBL (±1.00) also accepts price × quantity × OrderableUnitFactorRate (the main
 * reading when the price unit differs from the invoiced unit) and both readings times the factor, each with and
 * without the line's allowances and charges (OIOUBL repeats those at document level).
 */
export function lineAmountAddsUp({ oioubl, tolerances }: DocumentFigures, line: EInvoiceLine): Deviation | null {
  if (line.price === null) return null;
  const quantity = exact(line.quantity);
  const price = exact(line.price);
  const stated = line.baseQuantity === null ? RATIO_ONE : exact(line.baseQuantity);
  const base = isZeroRatio(stated) ? RATIO_ONE : stated;
  const charges = sumAllowanceCharges(line.allowanceCharges, true);
  const allowances = sumAllowanceCharges(line.allowanceCharges, false);
  const adjust = (amount: Ratio) => subtractRatio(addRatio(amount, charges), allowances);
  const perBase = divideRatio(multiplyRatio(quantity, price), base);
  let candidates: Ratio[];
  let formula: string;
  if (!oioubl) {
    candidates = [adjust(perBase)];
    formula = `${num(quantity)} × ${kr(price)}${sameRatio(base, RATIO_ONE) ? '' : ` ÷ ${num(base)}`}`;
  } else {
    const factor = line.orderableUnitFactor === null ? RATIO_ONE : exact(line.orderableUnitFactor);
    const priceUnit = normaliseUnitCode(line.baseQuantityUnitCode);
    const unitsDiffer = priceUnit !== null && priceUnit !== normaliseUnitCode(line.unitCode);
    const perFactor = multiplyRatio(multiplyRatio(quantity, price), factor);
    const main = unitsDiffer ? perFactor : perBase;
    candidates = [main, perBase, perFactor, multiplyRatio(perBase, factor)].flatMap((c) => [c, adjust(c)]);
    formula = unitsDiffer
      ? `${num(quantity)} × ${kr(price)} × ${num(factor)}`
      : `${num(quantity)} × ${kr(price)}${sameRatio(base, RATIO_ONE) ? '' : ` ÷ ${num(base)}`}`;
  }
  const extras = oioubl
    ? ''
    : `${isZeroRatio(charges) ? '' : ` + tillæg ${kr(charges)}`}${isZeroRatio(allowances) ? '' : ` − rabat ${kr(allowances)}`}`;
  return compare(exact(line.lineAmount), candidates, tolerances.line, {
    code: 'arithmetic_line',
    lineId: line.id,
    rule: oioubl ? 'F-INV340/F-INV343' : 'PEPPOL-EN16931-R120',
    what: 'line_amount',
    text: (f) =>
      `Linje ${line.id}: ${formula}${extras} giver ${f.expected}, men linjebeløbet er ${f.found} (forskel ${f.difference}).`,
  });
}
