import { addRatio, multiplyRatio, type Ratio, ratio } from '../money/ratio.js';

/**
 * A price per inhabitant per year, optionally with a kink discount (knækrabat): `rate` øre for each of the first
 * `threshold` inhabitants and `rate × factor` øre for each inhabitant above it. With factor ≤ 1 the yearly price
 * never falls as the population grows, and it is continuous at the threshold (both sides give rate × threshold).
 */
export type PerInhabitantRate = { rate: Ratio; kink: { threshold: number; factor: Ratio } | null };

/** The yearly price in øre (exact; rounded only per invoice) for a municipality of `population` inhabitants. */
export function perInhabitantYearlyPrice(population: number, { rate, kink }: PerInhabitantRate): Ratio {
  if (!Number.isInteger(population) || population < 0) throw new RangeError(`Not a population: ${population}`);
  if (!kink || population <= kink.threshold) return multiplyRatio(rate, ratio(population));
  const below = multiplyRatio(rate, ratio(kink.threshold));
  const above = multiplyRatio(multiplyRatio(rate, kink.factor), ratio(population - kink.threshold));
  return addRatio(below, above);
}
