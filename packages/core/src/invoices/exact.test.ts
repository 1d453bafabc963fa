import { describe, expect, it } from 'vitest';
import { addRatio, divideRatio, ratio } from '../money/ratio.js';
import { exact, exactText, exactToOre, oreToExact, roundedText, roundToOre } from './exact.js';

describe('exact decimals', () => {
  it.each<[string, bigint]>([
    ['0.005', 1n],
    ['-0.005', -1n],
    ['0.0049', 0n],
    ['1.015', 102n],
    ['1234.565', 123457n],
    ['-1234.565', -123457n],
  ])('given %s kr, when made øre, then it rounds half away from zero to %s', (kroner, ore) => {
    expect(exactToOre(exact(kroner))).toBe(ore);
  });

  it('given 0.1 + 0.2, then the sum is exactly 0.3 (no binary float)', () => {
    expect(exactText(addRatio(exact('0.1'), exact('0.2')))).toBe('0.3');
  });

  it('given very small and large values, then the text never uses exponent notation', () => {
    expect(exactText(exact('0.0000000001'))).toBe('0.0000000001');
    expect(exactText(exact('123456789012345678901234567890'))).toBe('123456789012345678901234567890');
  });

  it('given a division, then it is exact and rounds on request', () => {
    expect(roundedText(divideRatio(exact(1), ratio(3)), 10)).toBe('0.3333333333');
    expect(roundedText(divideRatio(exact(2), ratio(3)), 4)).toBe('0.6667');
    expect(exactText(roundToOre(exact('2.675')))).toBe('2.68');
    expect(exactText(oreToExact(-150n))).toBe('-1.5');
  });
});
