import decimalModule, { type Decimal as DecimalClass } from 'decimal.js';
import { canonicalDecimal } from '../money/decimal-text.js';
import type { Ore } from '../money/ore.js';
import type { DecimalText } from './document.js';

/**
 * decimal.js ships CommonJS-shaped typings (`export default` in a .d.ts of a package without "type": "module"), so under
 * NodeNext TypeScript types the default import as the module object, while Node loads decimal.mjs, whose default export
 * is the Decimal class itself. This names the class with its proper type.
 */
const Decimal = decimalModule as unknown as typeof DecimalClass;

/**
 * The exact decimal arithmetic of invoice control: a private `decimal.js` clone with 60 significant digits
 * (far beyond any amount × quantity × factor an invoice holds) and ROUND_HALF_UP, which in decimal.js rounds
 * half away from zero, the rule of øre amounts (`money/ore.ts`). Never a binary float for money, prices or
 * quantities.
 */
export const ExactDecimal = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -60, toExpPos: 60 });
export type Exact = DecimalClass;

/** A decimal text ("1234.5", "-0.005") as an exact decimal. */
export function exact(value: DecimalText | number | bigint): Exact {
  return new ExactDecimal(typeof value === 'bigint' ? value.toString() : value);
}

export const EXACT_ZERO = exact(0);
export const EXACT_ONE = exact(1);

/** An exact decimal as canonical decimal text, never in exponent notation: 1.50 → "1.5". */
export function exactText(value: Exact): DecimalText {
  return canonicalDecimal(value.toFixed());
}

/** Rounds to at most `places` decimals (half away from zero) and gives canonical text. */
export function roundedText(value: Exact, places: number): DecimalText {
  return canonicalDecimal(value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed());
}

/** Kroner to øre, rounded half away from zero: 0.005 → 1n, -0.005 → -1n, 1.004 → 100n. */
export function exactToOre(kroner: Exact): Ore {
  return BigInt(kroner.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
}

/** Øre as exact kroner: 150n → 1.5. */
export function oreToExact(ore: Ore): Exact {
  return exact(ore).dividedBy(100);
}

/** Kroner rounded to øre, as exact kroner: 1.005 → 1.01. */
export function roundToOre(kroner: Exact): Exact {
  return kroner.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

export function sumExact(values: Iterable<Exact>): Exact {
  let total = EXACT_ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
