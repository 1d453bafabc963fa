import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRatio, multiplyRatio, type Ratio, ratio, ratioFromDecimal, ratioToOre, subtractRatio } from '../money/ratio.js';
import { type PerInhabitantRate, perInhabitantYearlyPrice } from './per-inhabitant.js';

/** 25 kr. (2.500 øre) per inhabitant, 50 % above 150.000 inhabitants. */
const kombit: PerInhabitantRate = { rate: ratio(2500), kink: { threshold: 150_000, factor: ratio(1, 2) } };
const flat: PerInhabitantRate = { rate: ratio(2500), kink: null };

describe('perInhabitantYearlyPrice: table cases', () => {
  it.each<[string, number, PerInhabitantRate, Ratio]>([
    ['no kink: 50.000 × 25 kr. = 1.250.000 kr.', 50_000, flat, ratio(125_000_000)],
    ['below the threshold: 100.000 × 25 kr. = 2.500.000 kr.', 100_000, kombit, ratio(250_000_000)],
    ['at the threshold: 150.000 × 25 kr. = 3.750.000 kr.', 150_000, kombit, ratio(375_000_000)],
    // 150.000 × 25 kr. + 10.000 × 12,50 kr. = 3.750.000 + 125.000 = 3.875.000 kr.
    ['above: 150.000 × 25 kr. + 10.000 × 12,50 kr.', 160_000, kombit, ratio(387_500_000)],
    // Aarhus-sized: 150.000 × 25 + 215.000 × 12,50 = 3.750.000 + 2.687.500 = 6.437.500 kr.
    ['far above: 150.000 × 25 kr. + 215.000 × 12,50 kr.', 365_000, kombit, ratio(643_750_000)],
    ['zero inhabitants cost nothing', 0, kombit, ratio(0)],
    // 14,83 kr. × 40.123 = 595.024,09 kr.
    ['a fee of 14,83 kr. × 40.123', 40_123, { rate: ratio(1483), kink: null }, ratio(59_502_409)],
    // A rate with more decimals than øre stays exact: 0,125 kr. × 3 = 0,375 kr. = 37,5 øre.
    ['a rate of 0,125 kr. × 3 inhabitants is 37½ øre', 3, { rate: ratio(25, 2), kink: null }, ratio(75, 2)],
  ])('given %s', (_name, population, rate, expected) => {
    expect(perInhabitantYearlyPrice(population, rate)).toEqual(expected);
  });

  it('given a kink with factor 1, then it is the same as no kink', () => {
    const noDiscount: PerInhabitantRate = { rate: ratio(2500), kink: { threshold: 150_000, factor: ratio(1) } };
    expect(perInhabitantYearlyPrice(200_000, noDiscount)).toEqual(perInhabitantYearlyPrice(200_000, flat));
  });

  it('given a population that is not a whole non-negative number, then it throws', () => {
    expect(() => perInhabitantYearlyPrice(-1, flat)).toThrow(RangeError);
    expect(() => perInhabitantYearlyPrice(1.5, flat)).toThrow(RangeError);
    expect(() => perInhabitantYearlyPrice(Number.NaN, flat)).toThrow(RangeError);
  });
});

describe('perInhabitantYearlyPrice: properties', () => {
  const rate = fc
    .tuple(fc.bigInt({ min: 0n, max: 100_000n }), fc.constantFrom(1n, 10n, 100n, 10_000n))
    .map(([n, d]) => ratio(n, d));
  const factor = fc.integer({ min: 0, max: 100 }).map((p) => ratio(p, 100));
  const threshold = fc.integer({ min: 0, max: 1_000_000 });
  const population = fc.integer({ min: 0, max: 2_000_000 });
  const kinked = fc.record({ rate, kink: fc.record({ threshold, factor }) });

  it('given more inhabitants, then the price is never lower', () => {
    fc.assert(
      fc.property(kinked, population, population, (r, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(compareRatio(perInhabitantYearlyPrice(low, r), perInhabitantYearlyPrice(high, r)) <= 0).toBe(true);
      }),
    );
  });

  it('given the threshold T, then price(T) = r × T and price(T + 1) − price(T) = r × f', () => {
    fc.assert(
      fc.property(kinked, (r) => {
        const t = r.kink.threshold;
        const atT = perInhabitantYearlyPrice(t, r);
        expect(atT).toEqual(multiplyRatio(r.rate, ratio(t)));
        expect(subtractRatio(perInhabitantYearlyPrice(t + 1, r), atT)).toEqual(multiplyRatio(r.rate, r.kink.factor));
        if (t > 0) expect(subtractRatio(atT, perInhabitantYearlyPrice(t - 1, r))).toEqual(r.rate);
      }),
    );
  });

  it('given no kink, then the price is r × population', () => {
    fc.assert(
      fc.property(rate, population, (r, p) => {
        expect(perInhabitantYearlyPrice(p, { rate: r, kink: null })).toEqual(multiplyRatio(r, ratio(p)));
      }),
    );
  });

  it('given a population at or below the threshold, then the kink changes nothing', () => {
    fc.assert(
      fc.property(kinked, population, (r, p) => {
        fc.pre(p <= r.kink.threshold);
        expect(perInhabitantYearlyPrice(p, r)).toEqual(multiplyRatio(r.rate, ratio(p)));
      }),
    );
  });

  it('given the kink, then the price never exceeds the price without it', () => {
    fc.assert(
      fc.property(kinked, population, (r, p) => {
        const withKink = perInhabitantYearlyPrice(p, r);
        const without = perInhabitantYearlyPrice(p, { rate: r.rate, kink: null });
        expect(compareRatio(withKink, without) <= 0).toBe(true);
      }),
    );
  });

  it('given a price read from "25.00" kroner, then 160.000 inhabitants round to 3.875.000,00 kr.', () => {
    const r = multiplyRatio(ratioFromDecimal('25.00'), ratio(100));
    expect(ratioToOre(perInhabitantYearlyPrice(160_000, { rate: r, kink: { threshold: 150_000, factor: ratio(1, 2) } }))).toBe(
      387_500_000n,
    );
  });
});
