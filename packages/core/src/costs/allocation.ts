import type { Ore } from '../money/ore.js';
import { addRatio, compareRatio, multiplyRatio, RATIO_ZERO, type Ratio, ratio } from '../money/ratio.js';

/**
 * Splits `total` øre in proportion to `weights` so that the parts add up to the total to the øre: each part is
 * first rounded down, and the øre left over go one each to the largest remainders (the largest-remainder or
 * Hamilton method). Equal remainders go to the earlier weight in the list, so the result is deterministic
 * (callers list members by municipality code). A negative total (a refund) is split the same way, negated.
 * Zero weights get nothing; the weights must not be negative and, unless the total is 0, not all zero.
 */
export function allocateLargestRemainder(total: Ore, weights: readonly Ratio[]): Ore[] {
  if (total < 0n) return allocateLargestRemainder(-total, weights).map((part) => -part);
  if (weights.some((w) => w.n < 0n)) throw new RangeError('A weight may not be negative');
  const sum = weights.reduce(addRatio, RATIO_ZERO);
  if (sum.n === 0n) {
    if (total === 0n) return weights.map(() => 0n);
    throw new RangeError('Cannot share an amount when every weight is zero');
  }
  // Each exact share is total × w / sum; its whole part and its remainder (as a fraction of one øre).
  const shares = weights.map((w) => multiplyRatio(ratio(total), ratio(w.n * sum.d, w.d * sum.n)));
  const parts = shares.map((s) => s.n / s.d);
  const remainders = shares.map((s, i) => ({ i, rest: ratio(s.n - (parts[i] as bigint) * s.d, s.d) }));
  let left = total - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => compareRatio(b.rest, a.rest) || a.i - b.i);
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left--;
  }
  return parts;
}
