import { describe, expect, it } from 'vitest';
import type { EInvoice } from '../document.js';
import { contractNotInForce } from './contract-not-in-force.js';
import { creditNoteOf, invoiceOf, ln, onContract, summary } from './rule-tests.js';

/** K-2022-01 runs 1 January 2022 – 31 December 2025. */
const drift = (over = {}) => ln('1', '2 Drift', '2', 'MON', '5100', over);
const firstLine = (doc: EInvoice) => {
  const { invoice } = onContract(doc);
  const line = invoice.match.lines[0];
  if (line === undefined) throw new Error('no line');
  return contractNotInForce(invoice, line);
};

describe('contractNotInForce', () => {
  it.each<{ given: string; doc: EInvoice; expected: unknown; outside?: string }>([
    { given: 'a period within the term', doc: invoiceOf([drift()]), expected: null },
    {
      given: 'the last day of the term',
      doc: invoiceOf([drift()], { period: { start: '2025-12-31', end: '2025-12-31' } }),
      expected: null,
    },
    {
      given: 'December and January across the end of the term (half the days)',
      doc: invoiceOf([drift()], { period: { start: '2025-12-01', end: '2026-01-31' } }),
      expected: ['contract_not_in_force', 'error', '1', 510000n],
      outside: '31',
    },
    {
      given: 'February 2026 (28 days, all outside)',
      doc: invoiceOf([drift()], { period: { start: '2026-02-01', end: '2026-02-28' } }),
      expected: ['contract_not_in_force', 'error', '1', 1020000n],
      outside: '28',
    },
    {
      given: 'the line period across the start of the term (1 of 31 days: 10.200,00 ÷ 31 → 329,03)',
      doc: invoiceOf([drift({ period: { start: '2021-12-31', end: '2022-01-30' } })]),
      expected: ['contract_not_in_force', 'error', '1', 32903n],
      outside: '1',
    },
    {
      given: 'no period and an issue date before the term',
      doc: invoiceOf([drift()], { period: null, issueDate: '2021-12-20' }),
      expected: ['contract_not_in_force', 'error', '1', 1020000n],
      outside: '1',
    },
    {
      given: 'a period with a start only, after the term (one day)',
      doc: invoiceOf([drift()], { period: { start: '2026-01-05', end: null } }),
      expected: ['contract_not_in_force', 'error', '1', 1020000n],
      outside: '1',
    },
    {
      given: 'a credit note outside the term (a warning without an amount)',
      doc: creditNoteOf([drift()], { period: { start: '2026-01-01', end: '2026-01-31' } }),
      expected: ['contract_not_in_force', 'warning', '1', null],
      outside: '31',
    },
    {
      given: 'a negative line outside the term (no amount)',
      doc: invoiceOf([ln('1', '2 Drift', '-1', 'MON', '5100')], { period: { start: '2026-01-01', end: '2026-01-31' } }),
      expected: ['contract_not_in_force', 'error', '1', null],
      outside: '31',
    },
  ])('given $given, then $expected', ({ doc, expected, outside }) => {
    const found = firstLine(doc);
    expect(summary(found)).toEqual(expected);
    expect(found?.params.daysOutside).toBe(outside);
  });

  it('given an open-ended contract, then a period years ahead is within the term', () => {
    const { invoice } = onContract(invoiceOf([drift()], { period: { start: '2040-01-01', end: '2040-01-31' } }));
    const line = invoice.match.lines[0];
    if (line === undefined) throw new Error('no line');
    expect(contractNotInForce({ ...invoice, contract: { ...invoice.contract, endsOn: null } }, line)).toBeNull();
  });
});
