import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountProblem, kronerToOre, MAX_AMOUNT_ORE, oreToDecimalString } from './ore.js';

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

describe('the largest amount', () => {
  it('is 999.999.999.999,99 kr and exact as a JavaScript number', () => {
    expect(oreToDecimalString(MAX_AMOUNT_ORE)).toBe('999999999999.99');
    expect(MAX_AMOUNT_ORE < BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(BigInt(Number(MAX_AMOUNT_ORE))).toBe(MAX_AMOUNT_ORE);
  });

  it.each([
    ['999999999999.99', 'positive', null],
    ['1000000000000.00', 'positive', 'amount_too_large'],
    ['90071992547409.93', 'positive', 'amount_too_large'],
    ['-0.01', 'positive', 'amount_negative'],
    ['-0.01', 'signed', null],
    ['-999999999999.99', 'signed', null],
    ['-1000000000000', 'signed', 'amount_too_large'],
    ['0', 'positive', null],
  ] as const)('%s kr in a %s field: %s', (kroner, sign, problem) => {
    expect(amountProblem(kronerToOre(kroner), sign)).toBe(problem);
  });
});
