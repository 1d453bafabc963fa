import { describe, expect, it } from 'vitest';
import { amountInQuestion, type CountedDeviation } from './amount-in-question.js';

const error = (lineId: string | null, amount: bigint | null): CountedDeviation => ({ severity: 'error', lineId, amount });
const warning = (lineId: string | null, amount: bigint | null): CountedDeviation => ({ severity: 'warning', lineId, amount });
const info = (lineId: string | null, amount: bigint | null): CountedDeviation => ({ severity: 'info', lineId, amount });

describe('amountInQuestion: overlapping deviations count once, never more than the invoice', () => {
  it.each([
    { given: 'no deviations', deviations: [], invoice: 500000n, expected: 0n },
    {
      given: 'deviations without an amount',
      deviations: [warning(null, null), error('1', null)],
      invoice: 500000n,
      expected: 0n,
    },
    { given: 'one line deviation', deviations: [error('1', 50000n)], invoice: 505000n, expected: 50000n },
    {
      given: 'two deviations on the same line (price and double invoicing): the larger',
      deviations: [error('1', 50000n), error('1', 450000n)],
      invoice: 505000n,
      expected: 450000n,
    },
    {
      given: 'deviations on two lines: each line once, added up',
      deviations: [error('1', 50000n), warning('2', 2500n), error('2', 1000n)],
      invoice: 505000n,
      expected: 52500n,
    },
    {
      given: 'no contract and a duplicate (both the whole invoice): the larger, capped at the amount excl. VAT',
      deviations: [error(null, 631250n), error(null, 505000n), warning(null, null)],
      invoice: 505000n,
      expected: 505000n,
    },
    {
      given: 'the whole invoice (no contract) and a line: the whole invoice covers the line',
      deviations: [error(null, 505000n), error('1', 50000n)],
      invoice: 505000n,
      expected: 505000n,
    },
    {
      given: 'a small whole-invoice difference and larger lines: the lines',
      deviations: [error(null, 100n), error('1', 50000n), error('2', 20000n)],
      invoice: 505000n,
      expected: 70000n,
    },
    {
      given: 'the review case: six deviations adding up to 12.018,00 on a 5.000,00 invoice',
      deviations: [
        error(null, 625000n),
        error(null, 500000n),
        error('1', 50000n),
        error('1', 26800n),
        warning(null, null),
        info('2', 5000n),
      ],
      invoice: 500000n,
      expected: 500000n,
    },
    { given: 'an info finding with an amount (a note)', deviations: [info('1', 99900n)], invoice: 505000n, expected: 0n },
    { given: 'a negative amount (none)', deviations: [error('1', -500n)], invoice: 505000n, expected: 0n },
    {
      given: 'a credit note (negative amount): capped at its amount without the sign',
      deviations: [error(null, 631250n), error(null, 505000n)],
      invoice: -505000n,
      expected: 505000n,
    },
    {
      given: 'a credit note with an arithmetic difference below its amount',
      deviations: [error('1', 1n), error(null, 3n)],
      invoice: -9880n,
      expected: 3n,
    },
    {
      given: 'odd øre, exact: lines 0,01 + 0,02, cap 0,03',
      deviations: [error('1', 1n), error('2', 2n), error('2', 1n)],
      invoice: 3n,
      expected: 3n,
    },
    { given: 'an invoice of 0,00', deviations: [error(null, 1250n)], invoice: 0n, expected: 0n },
    {
      given: 'lines adding up beyond the invoice (a line above the total after an allowance): the invoice',
      deviations: [error('1', 300000n), error('2', 300000n)],
      invoice: 500001n,
      expected: 500001n,
    },
  ])('given $given, then $expected øre', ({ deviations, invoice, expected }) => {
    expect(amountInQuestion(deviations, invoice)).toBe(expected);
  });

  it('does not depend on the order of the deviations', () => {
    const deviations = [error('1', 50000n), error(null, 20000n), error('2', 1n), error('1', 70000n)];
    expect(amountInQuestion([...deviations].reverse(), 1_000_000n)).toBe(amountInQuestion(deviations, 1_000_000n));
    expect(amountInQuestion(deviations, 1_000_000n)).toBe(70001n);
  });
});
