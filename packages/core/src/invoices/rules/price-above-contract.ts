import { formatDanishNumber, formatKroner } from '../../money/kroner-format.js';
import {
  compareRatio,
  divideRatio,
  isZeroRatio,
  multiplyRatio,
  RATIO_ONE,
  RATIO_ZERO,
  type Ratio,
  sameRatio,
  subtractRatio,
} from '../../money/ratio.js';
import { formatDanishDate } from '../../time/danish-date.js';
import type { PriceRegulationTerms } from '../control-types.js';
import type { EInvoiceLine } from '../document.js';
import { exact, exactToOre, roundedText } from '../exact.js';
import type { AllowedUnitPrice } from '../price-regulation.js';
import { normaliseUnitCode, unitName } from '../unit-codes.js';
import { deviation, kr, lineLabel, type PricedLineRule } from './invoice-rule.js';

/** Ends a sentence with a full stop unless it already ends with one ("… 1.000,00 kr."). */
const endSentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/**
 * The price per invoiced unit: OIOUBL's price × OrderableUnitFactorRate when the price is in another unit,
 * else price ÷ base quantity.
 */
function effectiveUnitPrice(line: EInvoiceLine, oioubl: boolean): Ratio | null {
  if (line.price === null) return null;
  const price = exact(line.price);
  const priceUnit = normaliseUnitCode(line.baseQuantityUnitCode);
  if (oioubl && line.orderableUnitFactor !== null && priceUnit !== null && priceUnit !== normaliseUnitCode(line.unitCode)) {
    return multiplyRatio(price, exact(line.orderableUnitFactor));
  }
  const base = line.baseQuantity === null || isZeroRatio(exact(line.baseQuantity)) ? RATIO_ONE : exact(line.baseQuantity);
  return divideRatio(price, base);
}

/** " (1.020,00 kr. efter prisregulering pr. 1. januar 2024 med nettoprisindekset)", or nothing when not regulated. */
function regulationPhrase(terms: PriceRegulationTerms, allowed: AllowedUnitPrice): string {
  const last = allowed.steps.at(-1);
  if (last === undefined || allowed.factor === '1') return '';
  let how = '';
  if (terms.kind === 'index') {
    const name = terms.index?.trim() ?? '';
    how = name === '' ? 'med prisindekset' : /indeks$/i.test(name) ? `med ${name}et` : `med indekset ${name}`;
  } else if (terms.kind === 'fixed_percent' && terms.percent !== null) {
    how = `med ${formatDanishNumber(terms.percent)} % om året`;
  }
  return ` (${formatKroner(exactToOre(exact(allowed.price)))} efter prisregulering pr. ${formatDanishDate(last.on)}${how ? ` ${how}` : ''})`;
}

/**
 * price_above_contract (error): the line's unit price (price ÷ base quantity, in the element's unit) rounded to øre
 * above the element's allowed unit price (`allowedUnitPrice` on the line's first day) rounded to øre; amount =
 * (unit price − allowed price) × quantity in element units, rounded to øre; only for positive quantities and when the
 * invoice is in the contract's currency.
 */
export const priceAboveContract: PricedLineRule = ({ contract, oioubl, currencyOk }, priced) => {
  const { line, element, allowed, unitFactor, quantity, allowedPrice } = priced;
  const unitPrice = effectiveUnitPrice(line, oioubl);
  if (unitPrice === null || !currencyOk || compareRatio(quantity, RATIO_ZERO) <= 0) return null;
  const inElementUnits = divideRatio(unitPrice, unitFactor);
  if (exactToOre(inElementUnits) <= exactToOre(allowedPrice)) return null;
  const excess = multiplyRatio(subtractRatio(inElementUnits, allowedPrice), quantity);
  const shown = sameRatio(unitFactor, RATIO_ONE)
    ? kr(unitPrice)
    : `${kr(unitPrice)} pr. ${unitName(line.unitCode)} (${kr(inElementUnits)} pr. ${unitName(element.unitCode)})`;
  const missing = allowed.indexMissing
    ? ` Indekstallet for ${allowed.indexMissing} mangler; det seneste kendte indekstal før er brugt.`
    : '';
  return deviation(
    'price_above_contract',
    'error',
    line.id,
    exactToOre(excess),
    {
      priceElementId: element.id,
      unitPrice: kr(inElementUnits),
      unitPriceValue: roundedText(inElementUnits, 10),
      contractPrice: kr(exact(element.unitPrice)),
      contractPriceValue: element.unitPrice,
      allowedPrice: kr(allowedPrice),
      allowedPriceValue: allowed.price,
      regulationFactor: allowed.factor,
      regulatedOn: allowed.steps.at(-1)?.on ?? '',
      quantity: roundedText(quantity, 10),
      amount: kr(excess),
      indexMissing: allowed.indexMissing ?? '',
    },
    `${endSentence(`${lineLabel(line, element)}: enhedsprisen ${shown} er højere end kontraktens pris ${kr(exact(element.unitPrice))}${regulationPhrase(contract.priceRegulation, allowed)}`)} For meget faktureret: ${kr(excess)}${missing}`,
  );
};
