import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kronerToOre, oreToDecimalString } from './ore.js';

describe('øre', () => {
  it.each([
    ['1234,56', 123456n],
    ['1234.5', 123450n],
    ['0,005', 1n],
    ['0,004', 0n],
    ['-0,005', -1n],
    ['14.83', 1483n],
    ['1 000 000', 100000000n],
  ])('parses %s kr as %s øre (half away from zero)', (input, expected) => {
    expect(kronerToOre(input)).toBe(expected);
  });

  it('refuses text that is not an amount', () => {
    expect(() => kronerToOre('12,3,4')).toThrow(RangeError);
    expect(() => kronerToOre('1e3')).toThrow(RangeError);
  });

  it('round-trips every øre amount through its decimal string', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (ore) => {
        expect(kronerToOre(oreToDecimalString(ore))).toBe(ore);
      }),
    );
  });
});
