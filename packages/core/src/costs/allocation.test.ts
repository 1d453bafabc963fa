import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRatio, multiplyRatio, type Ratio, ratio, ratioFromDecimal, subtractRatio } from '../money/ratio.js';
import { allocateLargestRemainder } from './allocation.js';

const whole = (...values: number[]) => values.map((v) => ratio(v));
const sum = (parts: readonly bigint[]) => parts.reduce((a, b) => a + b, 0n);

describe('allocateLargestRemainder: table cases', () => {
  it.each<[string, bigint, Ratio[], bigint[]]>([
    ['100 øre in thirds: the extra øre goes to the first', 100n, whole(1, 1, 1), [34n, 33n, 33n]],
    ['101 øre in thirds: two extra øre to the first two', 101n, whole(1, 1, 1), [34n, 34n, 33n]],
    ['−100 øre in thirds (a refund) is the same, negated', -100n, whole(1, 1, 1), [-34n, -33n, -33n]],
    ['a zero weight gets nothing', 100n, whole(1, 0, 1), [50n, 0n, 50n]],
    ['a zero weight gets nothing even with a remainder to share', 101n, whole(0, 1, 1), [0n, 51n, 50n]],
    ['the largest remainder wins before the earlier weight', 10n, whole(1, 2, 3), [2n, 3n, 5n]],
    ['a total of zero gives zeros', 0n, whole(3, 5), [0n, 0n]],
    ['a total of zero with only zero weights gives zeros', 0n, whole(0, 0), [0n, 0n]],
    ['one weight takes everything', 12345n, whole(7), [12345n]],
    // 3 × ½ = 1,5 → 1; 3 × ¼ = 0,75 → 0 twice; the two øre left go to the remainders ,75 before ,5.
    ['fractional weights: ½, ¼ and ¼ of 3 øre', 3n, [ratio(1, 2), ratio(1, 4), ratio(1, 4)], [1n, 1n, 1n]],
  ])('given %s, then the parts are as expected', (_name, total, weights, expected) => {
    const parts = allocateLargestRemainder(total, weights);
    expect(parts).toEqual(expected);
    expect(sum(parts)).toBe(total);
  });

  it('given the IT-Forsyningen ownership shares, when 7.654.321,09 kr. is shared, then the parts add up to the total to the øre', () => {
    // Allerød 12,37 %, Ballerup 28,91 %, Egedal 20,33 %, Furesø 19,43 %, Fredensborg 18,96 % (= 100 %).
    const shares = ['12.37', '28.91', '20.33', '19.43', '18.96'].map(ratioFromDecimal);
    const total = 765432109n;
    // Exact shares in øre: 94.683.951,8833; 221.286.422,7119; 155.612.347,7597; 148.723.458,7787; 145.125.927,8664.
    // Rounded down: 94683951 + 221286422 + 155612347 + 148723458 + 145125927 = 765432105 → 4 øre left, which go to
    // the largest remainders ,8833 (Allerød), ,8664 (Fredensborg), ,7787 (Furesø), ,7597 (Egedal); Ballerup's ,7119 gets none.
    expect(allocateLargestRemainder(total, shares)).toEqual([94683952n, 221286422n, 155612348n, 148723459n, 145125928n]);
  });

  it('given a negative weight, then it throws', () => {
    expect(() => allocateLargestRemainder(100n, [ratio(1), ratio(-1)])).toThrow(RangeError);
  });

  it('given an amount and only zero weights, then it throws', () => {
    expect(() => allocateLargestRemainder(100n, whole(0, 0))).toThrow(RangeError);
  });
});

describe('allocateLargestRemainder: properties', () => {
  const weight = fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.bigInt({ min: 1n, max: 10n ** 4n }))
    .map(([n, d]) => ratio(n, d));
  const weights = fc.array(weight, { minLength: 1, maxLength: 12 }).filter((ws) => ws.some((w) => w.n > 0n));
  const total = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n });

  it('given any total and weights, then the parts add up to the total exactly', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        expect(sum(allocateLargestRemainder(t, ws))).toBe(t);
      }),
    );
  });

  it('given any total and weights, then each part is less than one øre from its exact share', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        const all = ws.reduce((a, b) => ratio(a.n * b.d + b.n * a.d, a.d * b.d), ratio(0));
        allocateLargestRemainder(t, ws).forEach((part, i) => {
          const exact = multiplyRatio(ratio(t), ratio((ws[i] as Ratio).n * all.d, (ws[i] as Ratio).d * all.n));
          const off = subtractRatio(ratio(part), exact);
          expect(compareRatio(off, ratio(1)) < 0).toBe(true);
          expect(compareRatio(off, ratio(-1)) > 0).toBe(true);
        });
      }),
    );
  });

  it('given any total and weights, then a larger weight never gets a smaller share (of a refund, never a smaller refund)', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        const parts = allocateLargestRemainder(t, ws);
        ws.forEach((a, i) => {
          ws.forEach((b, j) => {
            if (compareRatio(a, b) > 0) {
              const [pi, pj] = [parts[i] as bigint, parts[j] as bigint];
              if (t >= 0n) expect(pi >= pj).toBe(true);
              else expect(pi <= pj).toBe(true);
            }
          });
        });
      }),
    );
  });

  it('given any weights, then zero weights get nothing and equal weights differ by at most one øre, the earlier one first', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        const parts = allocateLargestRemainder(t, ws);
        ws.forEach((a, i) => {
          if (a.n === 0n) expect(parts[i]).toBe(0n);
          ws.forEach((b, j) => {
            if (i < j && compareRatio(a, b) === 0) {
              const gap = (parts[i] as bigint) - (parts[j] as bigint);
              expect(t >= 0n ? gap : -gap).toBeGreaterThanOrEqual(0n);
              expect(t >= 0n ? gap : -gap).toBeLessThanOrEqual(1n);
            }
          });
        });
      }),
    );
  });

  it('given a total and weights, then a refund of the same total is the same allocation negated', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        expect(allocateLargestRemainder(-t, ws)).toEqual(allocateLargestRemainder(t, ws).map((p) => -p));
      }),
    );
  });
});
