import { describe, expect, it } from 'vitest';
import { currencyDiffers } from './currency-differs.js';
import { CONTRACT, invoiceOf, ln, summary, underCheck } from './rule-tests.js';

const lines = [ln('1', '2 Drift', '1', 'MON', '5100')];

describe('currencyDiffers', () => {
  it.each([
    { given: "the contract's currency", invoice: 'DKK', contract: 'DKK', expected: null },
    { given: 'the same currency in other case and spacing', invoice: ' dkk', contract: 'DKK ', expected: null },
    { given: 'another currency', invoice: 'EUR', contract: 'DKK', expected: ['currency_differs', 'warning', null, null] },
  ])('given $given, then $expected', ({ invoice, contract, expected }) => {
    const found = currencyDiffers(
      underCheck(invoiceOf(lines, { currency: invoice }), { contracts: [{ ...CONTRACT, currency: contract }] }),
    );
    expect(summary(found)).toEqual(expected);
  });

  it('given no contract, then there is nothing to compare', () => {
    expect(currencyDiffers(underCheck(invoiceOf(lines, { currency: 'EUR' }), { contracts: [] }))).toBeNull();
  });
});
