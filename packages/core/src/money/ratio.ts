import { canonicalDecimal } from './decimal-text.js';
import type { Ore } from './ore.js';

/**
 * An exact fraction of two integers, for amounts that are divided (by days in a year, by a total population)
 * before they are rounded to øre once. Never a binary float; the denominator is always positive and the
 * fraction is kept reduced so repeated arithmetic stays small.
 */
export type Ratio = { readonly n: bigint; readonly d: bigint };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function ratio(n: bigint | number, d: bigint | number = 1n): Ratio {
  let num = BigInt(n);
  let den = BigInt(d);
  if (den === 0n) throw new RangeError('Division by zero');
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den);
  return g > 1n ? { n: num / g, d: den / g } : { n: num, d: den };
}

export const RATIO_ZERO = ratio(0);
export const RATIO_ONE = ratio(1);

/** A decimal text ("14.83", "-0.5", "12,37") as an exact ratio. */
export function ratioFromDecimal(text: string): Ratio {
  const match = /^([+-])?(\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (!match) throw new RangeError(`Not a decimal number: "${text}"`);
  const [, sign, whole = '0', fraction = ''] = match;
  const n = BigInt(whole + fraction) * (sign === '-' ? -1n : 1n);
  return ratio(n, 10n ** BigInt(fraction.length));
}

export function addRatio(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function subtractRatio(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.d - b.n * a.d, a.d * b.d);
}

export function multiplyRatio(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.n, a.d * b.d);
}

export function divideRatio(a: Ratio, b: Ratio): Ratio {
  if (b.n === 0n) throw new RangeError('Division by zero');
  return ratio(a.n * b.d, a.d * b.n);
}

export function compareRatio(a: Ratio, b: Ratio): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function negateRatio(r: Ratio): Ratio {
  return { n: -r.n, d: r.d };
}

export function absRatio(r: Ratio): Ratio {
  return r.n < 0n ? { n: -r.n, d: r.d } : r;
}

export function sumRatios(values: Iterable<Ratio>): Ratio {
  let total = RATIO_ZERO;
  for (const v of values) total = addRatio(total, v);
  return total;
}

/** The smaller of the two (the first when they are equal). */
export function minRatio(a: Ratio, b: Ratio): Ratio {
  return compareRatio(b, a) < 0 ? b : a;
}

/** The larger of the two (the first when they are equal). */
export function maxRatio(a: Ratio, b: Ratio): Ratio {
  return compareRatio(b, a) > 0 ? b : a;
}

export function isZeroRatio(r: Ratio): boolean {
  return r.n === 0n;
}

export function sameRatio(a: Ratio, b: Ratio): boolean {
  return a.n === b.n && a.d === b.d;
}

/** Rounds to a whole number, halves away from zero (the øre rule of money/ore.ts). */
export function roundRatio(r: Ratio): bigint {
  const negative = r.n < 0n;
  const abs = negative ? -r.n : r.n;
  const rounded = (2n * abs + r.d) / (2n * r.d);
  return negative ? -rounded : rounded;
}

/** An amount in øre given as a ratio of øre, rounded to whole øre (half away from zero). */
export function ratioToOre(r: Ratio): Ore {
  return roundRatio(r);
}

/** The ratio as a decimal text with `places` decimals, rounded half away from zero (for display). */
export function ratioToDecimal(r: Ratio, places: number): string {
  const scaled = roundRatio(multiplyRatio(r, ratio(10n ** BigInt(places))));
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  const body = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative ? `-${body}` : body;
}

/** Rounded to `places` decimals (half away from zero), as a ratio: 2.675 at 2 places → 2.68, -1/3 at 4 → -0.3333. */
export function roundRatioTo(r: Ratio, places: number): Ratio {
  const scale = 10n ** BigInt(places);
  return ratio(roundRatio(multiplyRatio(r, ratio(scale))), scale);
}

/** Rounded to at most `places` decimals (half away from zero), in canonical decimal text: 1/3 at 4 → "0.3333", 1.50 → "1.5". */
export function ratioToRoundedText(r: Ratio, places: number): string {
  return canonicalDecimal(ratioToDecimal(r, places));
}

/** The decimals a ratio needs to be written exactly, or null when it is no finite decimal (its denominator has a factor other than 2 and 5). */
function finiteDecimals(r: Ratio): number | null {
  let d = r.d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) [d, twos] = [d / 2n, twos + 1];
  while (d % 5n === 0n) [d, fives] = [d / 5n, fives + 1];
  return d === 1n ? Math.max(twos, fives) : null;
}

/**
 * The ratio in canonical decimal text, never in exponent notation: 3/2 → "1.5", -1/8 → "-0.125". Exact when it is a
 * finite decimal of at most `maxPlaces` decimals; otherwise (1/3, 2/7) rounded half away from zero to `maxPlaces`
 * decimals (60 by default: 1/3 → "0." and sixty 3s).
 */
export function ratioToText(r: Ratio, maxPlaces = 60): string {
  const places = finiteDecimals(r);
  return ratioToRoundedText(r, places === null ? maxPlaces : Math.min(places, maxPlaces));
}

/** An exact amount of øre as kroner in canonical decimal text with up to `places` decimals: 1250/1 øre → "12.5". */
export function oreRatioToKroner(ore: Ratio, places = 4): string {
  return canonicalDecimal(ratioToDecimal(divideRatio(ore, ratio(100)), places));
}
