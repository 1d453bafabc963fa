import type { Ore } from '../money/ore.js';
import {
  divideRatio,
  multiplyRatio,
  type Ratio,
  ratio,
  ratioFromDecimal,
  ratioToRoundedText,
  ratioToText,
  roundRatio,
  roundRatioTo,
} from '../money/ratio.js';
import type { DecimalText } from './document.js';

/**
 * The exact numbers of invoice control are `Ratio`s (money/ratio.ts, a reduced fraction of two bigints): amounts,
 * prices, quantities and factors are multiplied, added and divided without any rounding, and rounded once where a
 * figure is shown or compared in øre, half away from zero (the rule of øre amounts, `money/ore.ts`). Never a binary
 * float for money, prices or quantities.
 */

const HUNDRED = ratio(100);

/** A decimal text ("1234.5", "-0.005") or a whole number as an exact ratio. */
export function exact(value: DecimalText | number | bigint): Ratio {
  return typeof value === 'string' ? ratioFromDecimal(value) : ratio(value);
}

/** An exact number as canonical decimal text, never in exponent notation: 1.50 → "1.5" (`ratioToText`). */
export function exactText(value: Ratio): DecimalText {
  return ratioToText(value);
}

/** Rounds to at most `places` decimals (half away from zero) and gives canonical text. */
export function roundedText(value: Ratio, places: number): DecimalText {
  return ratioToRoundedText(value, places);
}

/** Kroner to øre, rounded half away from zero: 0.005 → 1n, -0.005 → -1n, 1.004 → 100n. */
export function exactToOre(kroner: Ratio): Ore {
  return roundRatio(multiplyRatio(kroner, HUNDRED));
}

/** Øre as exact kroner: 150n → 1.5. */
export function oreToExact(ore: Ore): Ratio {
  return divideRatio(ratio(ore), HUNDRED);
}

/** Kroner rounded to øre, as exact kroner: 1.005 → 1.01. */
export function roundToOre(kroner: Ratio): Ratio {
  return roundRatioTo(kroner, 2);
}
