import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absRatio,
  addRatio,
  compareRatio,
  divideRatio,
  isZeroRatio,
  maxRatio,
  minRatio,
  multiplyRatio,
  negateRatio,
  RATIO_ONE,
  RATIO_ZERO,
  type Ratio,
  ratio,
  ratioFromDecimal,
  ratioToDecimal,
  ratioToOre,
  ratioToRoundedText,
  ratioToText,
  roundRatio,
  roundRatioTo,
  sameRatio,
  subtractRatio,
  sumRatios,
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
    ['-1234.565', -246913n, 200n],
    ['0.000000000000000000000000000001', 1n, 10n ** 30n],
    ['123456789012345678901234567890.5', 246913578024691357802469135781n, 2n],
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

describe('ratioToText (canonical decimal text; exact when finite, else half away from zero at maxPlaces)', () => {
  it.each<[Ratio, string]>([
    [ratio(0), '0'],
    [ratio(3, 2), '1.5'],
    [ratio(-1, 8), '-0.125'],
    [ratioFromDecimal('1.50'), '1.5'],
    [ratioFromDecimal('-1234.565'), '-1234.565'],
    [ratioFromDecimal('0.0000000001'), '0.0000000001'],
    [ratioFromDecimal('123456789012345678901234567890'), '123456789012345678901234567890'],
    [ratio(1, 1024), '0.0009765625'],
    [ratio(1, 3), `0.${'3'.repeat(60)}`],
    [ratio(-2, 3), `-0.${'6'.repeat(59)}7`],
    // rounded at the 60th decimal, which is a 0 and so left out of the canonical text
    [ratio(14, 29 * 10 ** 6), '0.00000048275862068965517241379310344827586206896551724137931'],
  ])('given %o, then the text is %s', (r, expected) => {
    expect(ratioToText(r)).toBe(expected);
  });

  it.each<[Ratio, number, string]>([
    [ratio(1, 3), 4, '0.3333'],
    [ratio(2, 3), 4, '0.6667'],
    [ratio(1, 8), 2, '0.13'],
    [ratio(-1, 8), 2, '-0.13'],
    [ratio(-1, 300), 2, '0'],
  ])('given %o and at most %s decimals, then the text is %s', (r, places, expected) => {
    expect(ratioToText(r, places)).toBe(expected);
  });

  it('given any decimal text, then its text is its canonical form', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 40 }), (digits, places) => {
        const r = ratio(digits, 10n ** BigInt(places));
        expect(ratioFromDecimal(ratioToText(r))).toEqual(r);
      }),
    );
  });
});

describe('ratioToRoundedText and roundRatioTo (half away from zero)', () => {
  it.each<[Ratio, number, string]>([
    [ratioFromDecimal('2.675'), 2, '2.68'],
    [ratioFromDecimal('-2.675'), 2, '-2.68'],
    [ratioFromDecimal('1.005'), 2, '1.01'],
    [ratioFromDecimal('1.004'), 2, '1'],
    [ratioFromDecimal('-0.004'), 2, '0'],
    [ratio(1, 3), 10, '0.3333333333'],
    [ratio(2, 3), 4, '0.6667'],
    [ratio(-2, 3), 4, '-0.6667'],
    [ratio(5, 2), 0, '3'],
    [ratio(-5, 2), 0, '-3'],
    [ratioFromDecimal('12.50000'), 10, '12.5'],
    [RATIO_ZERO, 4, '0'],
  ])('given %o rounded to %s decimals, then the text is %s and the rounded ratio has that value', (r, places, expected) => {
    expect(ratioToRoundedText(r, places)).toBe(expected);
    expect(roundRatioTo(r, places)).toEqual(ratioFromDecimal(expected));
  });
});

describe('comparison, min, max, abs, negation, sum, zero and equality', () => {
  it.each<[Ratio, Ratio, -1 | 0 | 1]>([
    [ratio(1, 3), ratioFromDecimal('0.3333333333'), 1],
    [ratio(-1, 3), ratioFromDecimal('-0.3333333333'), -1],
    [ratioFromDecimal('-0.5'), ratio(-1, 2), 0],
    [RATIO_ZERO, ratioFromDecimal('-0'), 0],
    [ratioFromDecimal('-1234.56'), ratioFromDecimal('1234.56'), -1],
  ])('given %o and %o, then they compare as %s, and min/max/equality agree', (a, b, expected) => {
    expect(compareRatio(a, b)).toBe(expected);
    expect(compareRatio(b, a)).toBe(0 - expected);
    expect(sameRatio(a, b)).toBe(expected === 0);
    expect(minRatio(a, b)).toEqual(expected > 0 ? b : a);
    expect(maxRatio(a, b)).toEqual(expected < 0 ? b : a);
  });

  it.each<[Ratio, Ratio]>([
    [ratio(-2, 3), ratio(2, 3)],
    [ratio(2, 3), ratio(2, 3)],
    [ratioFromDecimal('-1234.565'), ratioFromDecimal('1234.565')],
    [RATIO_ZERO, RATIO_ZERO],
  ])('given %o, then its absolute value is %o and negating twice gives it back', (r, abs) => {
    expect(absRatio(r)).toEqual(abs);
    expect(negateRatio(negateRatio(r))).toEqual(r);
    expect(addRatio(r, negateRatio(r))).toEqual(RATIO_ZERO);
  });

  it('given a credit note (negative amounts) among invoices, then the sum nets them exactly', () => {
    const amounts = ['1234.56', '-1234.56', '0.01', '-0.005', '0.005'].map(ratioFromDecimal);
    expect(sumRatios(amounts)).toEqual(ratioFromDecimal('0.01'));
    expect(sumRatios([])).toEqual(RATIO_ZERO);
    expect(sumRatios([ratio(1, 3), ratio(1, 3), ratio(1, 3)])).toEqual(RATIO_ONE);
  });

  it('given zero in any form, then it is zero; a non-zero ratio is not', () => {
    expect(isZeroRatio(ratioFromDecimal('-0.000'))).toBe(true);
    expect(isZeroRatio(subtractRatio(ratio(1, 3), ratio(2, 6)))).toBe(true);
    expect(isZeroRatio(ratio(1, 10n ** 30n))).toBe(false);
  });
});
