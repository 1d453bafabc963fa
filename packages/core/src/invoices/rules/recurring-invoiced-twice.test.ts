import { describe, expect, it } from 'vitest';
import type { InvoicedBefore } from '../control-types.js';
import type { EInvoice, EInvoicePeriod } from '../document.js';
import type { CheckInput } from '../match-invoice.js';
import { recurringInvoicedTwice } from './recurring-invoiced-twice.js';
import { invoiceOf, ln, MARCH, pricedAt, summary } from './rule-tests.js';

const earlier = (period: EInvoicePeriod | null, over: Partial<InvoicedBefore> = {}): InvoicedBefore => ({
  invoiceId: 'i-999',
  invoiceNumber: 'F-0999',
  priceElementId: 'e-drift',
  period,
  quantity: '1',
  kind: 'invoice',
  ...over,
});
const drift = (id: string, period: EInvoicePeriod | null = null, quantity = '1') =>
  ln(id, '2 Drift', quantity, 'MON', '5100', period ? { period } : {});
const twice = (line: string, amount: bigint | null) => ['recurring_invoiced_twice', 'error', line, amount];

describe('recurringInvoicedTwice', () => {
  it.each<{ given: string; doc: EInvoice; line?: number; over?: Partial<CheckInput>; expected: unknown; overlap?: string }>([
    { given: 'nothing invoiced before', doc: invoiceOf([drift('1')]), expected: null },
    {
      given: 'March invoiced before on F-0999 (February–March)',
      doc: invoiceOf([drift('1')]),
      over: { invoicedBefore: [earlier({ start: '2024-02-01', end: '2024-03-31' })] },
      expected: twice('1', 510000n),
      overlap: '31',
    },
    {
      given: 'February invoiced before (adjacent, across the month end: no overlap)',
      doc: invoiceOf([drift('1')]),
      over: { invoicedBefore: [earlier({ start: '2024-02-01', end: '2024-02-29' })] },
      expected: null,
    },
    {
      given: '29 February – 1 March invoiced before (1 of 31 days: 5.100,00 ÷ 31 → 164,52)',
      doc: invoiceOf([drift('1')]),
      over: { invoicedBefore: [earlier({ start: '2024-02-29', end: '2024-03-01' })] },
      expected: twice('1', 16452n),
      overlap: '1',
    },
    {
      given: 'two earlier invoices overlapping each other (days counted once: 1.–20. March)',
      doc: invoiceOf([drift('1')]),
      over: {
        invoicedBefore: [
          earlier({ start: '2024-03-01', end: '2024-03-15' }),
          earlier({ start: '2024-03-10', end: '2024-03-20' }, { invoiceId: 'i-2', invoiceNumber: 'F-2' }),
        ],
      },
      expected: twice('1', 329032n),
      overlap: '20',
    },
    {
      given: 'an earlier credit note for March',
      doc: invoiceOf([drift('1')]),
      over: { invoicedBefore: [earlier(MARCH, { kind: 'credit_note' })] },
      expected: null,
    },
    {
      given: 'March on the invoice this one duplicates',
      doc: invoiceOf([drift('1')]),
      over: { invoicedBefore: [earlier(MARCH)], duplicateOf: { invoiceId: 'i-999', number: 'F-0999' } },
      expected: null,
    },
    {
      given: 'an earlier line without a period',
      doc: invoiceOf([drift('1')]),
      over: { invoicedBefore: [earlier(null)] },
      expected: null,
    },
    {
      given: 'March before on another element',
      doc: invoiceOf([drift('1')]),
      over: { invoicedBefore: [earlier(MARCH, { priceElementId: 'e-lic' })] },
      expected: null,
    },
    {
      given: 'no explicit period on the line or the invoice (the issue date is not a period)',
      doc: invoiceOf([drift('1')], { period: null }),
      over: { invoicedBefore: [earlier({ start: '2024-03-01', end: '2024-03-31' })] },
      expected: null,
    },
    {
      given: 'two lines of this invoice overlapping 16.–31. March (the later one, 16 of 31 days)',
      doc: invoiceOf([drift('1', MARCH), drift('2', { start: '2024-03-16', end: '2024-04-15' })]),
      line: 1,
      expected: twice('2', 263226n),
      overlap: '16',
    },
    {
      given: 'a negative earlier line of this invoice (a correction)',
      doc: invoiceOf([drift('1', MARCH, '-1'), drift('2', MARCH)]),
      line: 1,
      expected: null,
    },
    {
      given: 'a one-off element',
      doc: invoiceOf([ln('1', '1 Implementering', '1', 'HUR', '1122')]),
      over: { invoicedBefore: [earlier(MARCH, { priceElementId: 'e-impl' })] },
      expected: null,
    },
  ])('given $given, then $expected', ({ doc, line = 0, over, expected, overlap }) => {
    const found = recurringInvoicedTwice(...pricedAt(doc, line, over));
    expect(summary(found)).toEqual(expected);
    expect(found?.params.overlapDays).toBe(overlap);
  });

  it('names the earlier invoices and lines in the text', () => {
    const doc = invoiceOf([drift('1', { start: '2024-03-01', end: '2024-03-10' }), drift('2', MARCH)]);
    const found = recurringInvoicedTwice(
      ...pricedAt(doc, 1, { invoicedBefore: [earlier({ start: '2024-03-25', end: '2024-04-30' })] }),
    );
    expect(found?.text).toBe(
      'Linje 2 (2 Drift): perioden 1. marts 2024 – 31. marts 2024 er allerede faktureret for samme priselement på faktura F-0999 og linje 1 i denne faktura (17 af 31 dage). Beløb for de dobbelt fakturerede dage: 2.796,77 kr.',
    );
  });
});
