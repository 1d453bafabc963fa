import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDanishNumber, formatKroner, formatKronerPrice } from './kroner-format.js';
import { kronerToOre } from './ore.js';

describe('formatKroner', () => {
  it.each<[bigint, string]>([
    [0n, '0,00 kr.'],
    [5n, '0,05 kr.'],
    [123450n, '1.234,50 kr.'],
    [100000n, '1.000,00 kr.'],
    [99999n, '999,99 kr.'],
    [123456789012n, '1.234.567.890,12 kr.'],
    [-150n, '-1,50 kr.'],
    [-123450n, '-1.234,50 kr.'],
  ])('given %s øre, when formatted, then the text is %s', (ore, expected) => {
    expect(formatKroner(ore)).toBe(expected);
  });

  it('given any amount, then reading the text back the Danish way gives the same øre', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), (ore) => {
        const text = formatKroner(ore).replace(' kr.', '').replaceAll('.', '');
        expect(kronerToOre(text)).toBe(ore);
      }),
    );
  });
});

describe('formatDanishNumber and formatKronerPrice', () => {
  it.each<[string, number, string]>([
    ['1234.5', 2, '1.234,50'],
    ['0.3355', 2, '0,3355'],
    ['12', 0, '12'],
    ['-1000000', 0, '-1.000.000'],
    ['1000.000', 0, '1.000'],
    ['-0.00', 2, '0,00'],
  ])('given %s with at least %i decimals, then the text is %s', (value, min, expected) => {
    expect(formatDanishNumber(value, min)).toBe(expected);
  });

  it('given a price, then it has at least two decimals and the kroner suffix', () => {
    expect(formatKronerPrice('1020.4')).toBe('1.020,40 kr.');
    expect(formatKronerPrice('0.3355')).toBe('0,3355 kr.');
  });

  it('given text that is not a decimal, then it throws', () => {
    expect(() => formatDanishNumber('1,234.5')).toThrow(RangeError);
  });
});
