import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addRatio,
  compareRatio,
  divideRatio,
  multiplyRatio,
  RATIO_ONE,
  RATIO_ZERO,
  type Ratio,
  ratio,
  ratioFromDecimal,
  ratioToDecimal,
  ratioToOre,
  roundRatio,
  subtractRatio,
} from './ratio.js';

const small = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n });
const nonZero = small.filter((d) => d !== 0n);
const anyRatio = fc.tuple(small, nonZero).map(([n, d]) => ratio(n, d));

describe('ratio', () => {
  it.each<[bigint | number, bigint | number, bigint, bigint]>([
    [6n, 4n, 3n, 2n],
    [10, 5, 2n, 1n],
    [0n, 7n, 0n, 1n],
    [3n, -6n, -1n, 2n],
    [-3n, -6n, 1n, 2n],
    [-4n, 6n, -2n, 3n],
    [5n, 1n, 5n, 1n],
  ])('given %s / %s, when made a ratio, then it is reduced to %s / %s with a positive denominator', (n, d, rn, rd) => {
    expect(ratio(n, d)).toEqual({ n: rn, d: rd });
  });

  it('given no denominator, then the ratio is a whole number', () => {
    expect(ratio(42)).toEqual({ n: 42n, d: 1n });
  });

  it('given a zero denominator, then it throws', () => {
    expect(() => ratio(1, 0)).toThrow(RangeError);
  });

  it('given the constants, then zero is 0/1 and one is 1/1', () => {
    expect(RATIO_ZERO).toEqual({ n: 0n, d: 1n });
    expect(RATIO_ONE).toEqual({ n: 1n, d: 1n });
  });

  it('given any numerator and denominator, then the denominator is positive and the fraction is in lowest terms', () => {
    fc.assert(
      fc.property(small, nonZero, (n, d) => {
        const r = ratio(n, d);
        expect(r.d > 0n).toBe(true);
        let [x, y] = [r.n < 0n ? -r.n : r.n, r.d];
        while (y !== 0n) [x, y] = [y, x % y];
        expect(x).toBe(1n);
        // The value is unchanged: r.n / r.d = n / d.
        expect(r.n * d).toBe(n * r.d);
      }),
    );
  });
});

describe('ratio arithmetic', () => {
  it('given 1/3 and 1/6, then the sum is 1/2, the difference 1/6, the product 1/18 and the quotient 2', () => {
    const a = ratio(1, 3);
    const b = ratio(1, 6);
    expect(addRatio(a, b)).toEqual(ratio(1, 2));
    expect(subtractRatio(a, b)).toEqual(ratio(1, 6));
    expect(multiplyRatio(a, b)).toEqual(ratio(1, 18));
    expect(divideRatio(a, b)).toEqual(ratio(2));
  });

  it('given negative fractions, then signs are kept on the numerator', () => {
    expect(addRatio(ratio(-1, 2), ratio(1, 3))).toEqual({ n: -1n, d: 6n });
    expect(multiplyRatio(ratio(-2, 3), ratio(3, -4))).toEqual({ n: 1n, d: 2n });
    expect(divideRatio(ratio(1, 2), ratio(-1, 4))).toEqual({ n: -2n, d: 1n });
  });

  it('given a division by zero, then it throws', () => {
    expect(() => divideRatio(ratio(1), RATIO_ZERO)).toThrow(RangeError);
  });

  it.each<[Ratio, Ratio, number]>([
    [ratio(1, 3), ratio(1, 2), -1],
    [ratio(2, 4), ratio(1, 2), 0],
    [ratio(-1, 2), ratio(-2, 3), 1],
    [ratio(5, -3), ratio(0), -1],
  ])('given %o and %o, when compared, then the result is %i', (a, b, expected) => {
    expect(compareRatio(a, b)).toBe(expected);
  });

  it('given any two ratios, then (a + b) − b = a and (a × b) ÷ b = a', () => {
    fc.assert(
      fc.property(anyRatio, anyRatio, (a, b) => {
        expect(subtractRatio(addRatio(a, b), b)).toEqual(a);
        if (b.n !== 0n) expect(divideRatio(multiplyRatio(a, b), b)).toEqual(a);
      }),
    );
  });
});

describe('ratioFromDecimal', () => {
  it.each<[string, bigint, bigint]>([
    ['14.83', 1483n, 100n],
    ['12,37', 1237n, 100n],
    ['-0.5', -1n, 2n],
    ['+7', 7n, 1n],
    ['0.250', 1n, 4n],
    ['100', 100n, 1n],
    [' 3.1 ', 31n, 10n],
    ['-0', 0n, 1n],
  ])('given "%s", then the exact ratio is %s / %s', (text, n, d) => {
    expect(ratioFromDecimal(text)).toEqual({ n, d });
  });

  it('given text that is not a plain decimal, then it throws', () => {
    for (const bad of ['', 'abc', '1e3', '.5', '3.', '1.234,5', '1 000']) {
      expect(() => ratioFromDecimal(bad)).toThrow(RangeError);
    }
  });
});

describe('ratioToOre and roundRatio (half away from zero)', () => {
  it.each<[Ratio, bigint]>([
    [ratio(1, 2), 1n],
    [ratio(-1, 2), -1n],
    [ratio(14999, 10000), 1n],
    [ratio(-14999, 10000), -1n],
    [ratio(15, 10), 2n],
    [ratio(-15, 10), -2n],
    [ratio(25, 10), 3n],
    [ratio(1, 3), 0n],
    [ratio(2, 3), 1n],
    [ratio(-2, 3), -1n],
    [ratio(7), 7n],
    [RATIO_ZERO, 0n],
  ])('given %o øre, then it rounds to %s øre', (r, expected) => {
    expect(ratioToOre(r)).toBe(expected);
    expect(roundRatio(r)).toBe(expected);
  });

  it('given any ratio, then the rounded value is within ½ of it and negating the ratio negates the rounding', () => {
    fc.assert(
      fc.property(anyRatio, (r) => {
        const rounded = ratioToOre(r);
        const diff = subtractRatio(r, ratio(rounded));
        expect(compareRatio(diff, ratio(1, 2)) <= 0).toBe(true);
        expect(compareRatio(diff, ratio(-1, 2)) >= 0).toBe(true);
        expect(ratioToOre(ratio(-r.n, r.d))).toBe(-rounded);
      }),
    );
  });
});

describe('ratioToDecimal', () => {
  it.each<[Ratio, number, string]>([
    [ratio(1, 3), 4, '0.3333'],
    [ratio(2, 3), 2, '0.67'],
    [ratio(-1, 200), 2, '-0.01'],
    [ratio(-1, 300), 2, '0.00'],
    [ratio(1, 20), 2, '0.05'],
    [ratio(1483, 100), 4, '14.8300'],
    [ratio(5, 2), 0, '3'],
    [ratio(-5, 2), 0, '-3'],
    [ratio(123456789, 100), 2, '1234567.89'],
  ])('given %o with %i places, then the text is %s', (r, places, expected) => {
    expect(ratioToDecimal(r, places)).toBe(expected);
  });

  it('given any decimal text with up to four places, then writing it back with four places gives the same value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 10n), max: 10n ** 10n }), (tenThousandths) => {
        const text = ratioToDecimal(ratio(tenThousandths, 10000n), 4);
        expect(ratioFromDecimal(text)).toEqual(ratio(tenThousandths, 10000n));
      }),
    );
  });
});
