import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../match-invoice.js';
import { duplicateInvoice } from './duplicate-invoice.js';
import { creditNoteOf, invoiceOf, ln, summary, underCheck } from './rule-tests.js';

const lines = [ln('1', '2 Drift', '1', 'MON', '5100')];
const dup: Partial<CheckInput> = { duplicateOf: { invoiceId: 'i-9', number: 'F-1001' } };

describe('duplicateInvoice', () => {
  it.each([
    { given: 'no earlier invoice with the number', doc: invoiceOf(lines), over: {}, expected: null },
    { given: 'a duplicate', doc: invoiceOf(lines), over: dup, expected: ['duplicate_invoice', 'error', null, 637500n] },
    {
      given: 'a duplicate credit note (its positive payable amount)',
      doc: creditNoteOf(lines),
      over: dup,
      expected: ['duplicate_invoice', 'error', null, 637500n],
    },
    {
      given: 'a duplicate with a prepaid amount (the payable amount, not the total)',
      doc: invoiceOf(lines, { totals: { ...invoiceOf(lines).totals, prepaid: '375', payable: '6000' } }),
      over: dup,
      expected: ['duplicate_invoice', 'error', null, 600000n],
    },
    {
      given: 'a duplicate with nothing to pay',
      doc: invoiceOf(lines, { totals: { ...invoiceOf(lines).totals, payable: '0' } }),
      over: dup,
      expected: ['duplicate_invoice', 'error', null, null],
    },
  ])('given $given, then $expected', ({ doc, over, expected }) => {
    expect(summary(duplicateInvoice(underCheck(doc, over)))).toEqual(expected);
  });

  it('names the earlier invoice in the text', () => {
    expect(duplicateInvoice(underCheck(invoiceOf(lines), dup))?.text).toBe(
      'Fakturaen er modtaget før (faktura F-1001) og må ikke betales to gange. Beløb til betaling: 6.375,00 kr.',
    );
  });
});
