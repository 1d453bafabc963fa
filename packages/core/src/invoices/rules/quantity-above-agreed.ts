import { formatDanishNumber } from '../../money/kroner-format.js';
import {
  absRatio,
  addRatio,
  compareRatio,
  minRatio,
  multiplyRatio,
  negateRatio,
  RATIO_ONE,
  RATIO_ZERO,
  type Ratio,
  subtractRatio,
  sumRatios,
} from '../../money/ratio.js';
import type { InvoicedBefore, PriceElementForControl } from '../control-types.js';
import { exact, exactToOre, roundedText } from '../exact.js';
import { comparablePriceFactor, isTimeUnit, isWorkTimeUnit, unitName } from '../unit-codes.js';
import { deviation, kr, lineLabel, type PricedLine, type PricedLineRule } from './invoice-rule.js';

/** A recurring element in a unit that is not a time unit (licences): its agreed quantity holds for each line. */
const agreedPerLine = (element: PriceElementForControl) => element.recurrence !== 'one_off' && !isTimeUnit(element.unitCode);
/** A one-off element or one in hours/days/weeks: its agreed quantity holds for everything invoiced on it. */
const agreedInTotal = (element: PriceElementForControl) => element.recurrence === 'one_off' || isWorkTimeUnit(element.unitCode);

/** The quantity invoiced on the element before: invoices add, credit notes subtract, in the element's unit. */
function historyOf(element: PriceElementForControl, invoicedBefore: readonly InvoicedBefore[]): Ratio {
  return sumRatios(
    invoicedBefore
      .filter((b) => b.priceElementId === element.id)
      .map((b) => {
        const factor = b.unitCode == null ? RATIO_ONE : (comparablePriceFactor(b.unitCode, element.unitCode) ?? RATIO_ONE);
        const quantity = multiplyRatio(absRatio(exact(b.quantity)), factor);
        return b.kind === 'credit_note' ? negateRatio(quantity) : quantity;
      }),
  );
}

/**
 * For each priced line (by index) on an element with a quantity agreed in total: the quantity invoiced on the element
 * before the line — earlier invoices and credit notes (`invoicedBefore`; quantities in the element's unit unless a
 * unit code is given) plus this invoice's earlier priced lines.
 */
export function quantitiesBefore(
  invoicedBefore: readonly InvoicedBefore[],
  lines: readonly (PricedLine | null)[],
): ReadonlyMap<number, Ratio> {
  const running = new Map<string, Ratio>();
  const before = new Map<number, Ratio>();
  for (const line of lines) {
    if (line === null || line.element.quantity === null || agreedPerLine(line.element) || !agreedInTotal(line.element)) {
      continue;
    }
    const sofar = running.get(line.element.id) ?? historyOf(line.element, invoicedBefore);
    before.set(line.index, sofar);
    running.set(line.element.id, addRatio(sofar, line.quantity));
  }
  return before;
}

/**
 * quantity_above_agreed (warning; the amount only in the contract's currency): for a recurring element with a unit
 * that is not a time unit, a line quantity above the element's quantity; for one-off elements and elements in
 * hours/days/weeks, the quantity invoiced in total (`quantityBefore` plus this line) above the agreed quantity, for a
 * positive quantity. Amount = excess × allowed unit price (rounded to øre).
 */
export const quantityAboveAgreed: PricedLineRule = ({ currencyOk, quantityBefore }, priced) => {
  const { line, element, quantity, allowedPrice } = priced;
  if (element.quantity === null) return null;
  const agreed = exact(element.quantity);
  const unit = unitName(element.unitCode);
  const label = lineLabel(line, element);
  if (agreedPerLine(element)) {
    if (compareRatio(quantity, agreed) <= 0) return null;
    const excess = subtractRatio(quantity, agreed);
    const money = multiplyRatio(excess, allowedPrice);
    return deviation(
      'quantity_above_agreed',
      'warning',
      line.id,
      currencyOk ? exactToOre(money) : null,
      { quantity: roundedText(quantity, 10), agreed: element.quantity, excess: roundedText(excess, 10), amount: kr(money) },
      `${label}: antallet ${formatDanishNumber(roundedText(quantity, 4))} ${unit} er større end kontraktens aftalte antal ${formatDanishNumber(element.quantity)} ${unit} (${formatDanishNumber(roundedText(excess, 4))} for mange à ${kr(allowedPrice)}).${currencyOk ? ` Beløb: ${kr(money)}` : ''}`,
    );
  }
  if (!agreedInTotal(element)) return null;
  const before = quantityBefore.get(priced.index) ?? RATIO_ZERO;
  const after = addRatio(before, quantity);
  if (compareRatio(after, agreed) <= 0 || compareRatio(quantity, RATIO_ZERO) <= 0) return null;
  const overAgreed = subtractRatio(after, agreed);
  const excess = minRatio(quantity, overAgreed);
  const money = multiplyRatio(excess, allowedPrice);
  return deviation(
    'quantity_above_agreed',
    'warning',
    line.id,
    currencyOk ? exactToOre(money) : null,
    {
      quantity: roundedText(quantity, 10),
      invoicedBefore: roundedText(before, 10),
      invoicedInTotal: roundedText(after, 10),
      agreed: element.quantity,
      excess: roundedText(excess, 10),
      amount: kr(money),
    },
    `${label}: med denne linje er der i alt faktureret ${formatDanishNumber(roundedText(after, 4))} ${unit} på priselementet, men kontrakten aftaler ${formatDanishNumber(element.quantity)} ${unit} (${formatDanishNumber(roundedText(excess, 4))} for mange à ${kr(allowedPrice)}).${currencyOk ? ` Beløb: ${kr(money)}` : ''}`,
  );
};
