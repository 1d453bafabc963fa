import { describe, expect, it } from 'vitest';
import { canonicalDecimal, isDecimalText } from './decimal-text.js';

describe('canonicalDecimal', () => {
  it.each([
    ['12.50', '12.5'],
    ['0012,500', '12.5'],
    ['-0.00', '0'],
    ['0.000100', '0.0001'],
    ['+7', '7'],
    ['1234.567891', '1234.567891'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalDecimal(input)).toBe(expected);
  });

  it('refuses what is not a plain decimal', () => {
    for (const bad of ['3.', '.5', '1e3', '1.234,50', 'abc', '']) {
      expect(isDecimalText(bad)).toBe(false);
      expect(() => canonicalDecimal(bad)).toThrow(RangeError);
    }
  });
});
