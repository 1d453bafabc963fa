import { describe, expect, it } from 'vitest';
import type { InvoicedBefore } from '../control-types.js';
import type { EInvoice } from '../document.js';
import { exactText } from '../exact.js';
import type { CheckInput } from '../match-invoice.js';
import { quantityAboveAgreed } from './quantity-above-agreed.js';
import { invoiceOf, ln, onContract, pricedAt } from './rule-tests.js';

/** Agreed: 100 licences per year (recurring, pieces), 100 implementation hours in total (one-off, hours). */
const before = (quantity: string, kind: InvoicedBefore['kind'] = 'invoice', unitCode?: string): InvoicedBefore => ({
  invoiceId: `i-${quantity}`,
  invoiceNumber: `F-${quantity}`,
  priceElementId: 'e-impl',
  period: null,
  quantity,
  kind,
  ...(unitCode === undefined ? {} : { unitCode }),
});
const impl = (id: string, quantity: string) => ln(id, '1 Implementering', quantity, 'HUR', '1122');

describe('quantityAboveAgreed', () => {
  it.each<{ given: string; doc: EInvoice; line?: number; over?: Partial<CheckInput>; expected: unknown }>([
    { given: '100 licences of 100', doc: invoiceOf([ln('1', '1.2 Licens', '100', 'C62', '1020')]), expected: null },
    {
      given: '120 licences of 100 (20 at the allowed 1.020,00)',
      doc: invoiceOf([ln('1', '1.2 Licens', '120', 'C62', '1020')]),
      expected: [2040000n, '20', undefined],
    },
    {
      given: '120 licences invoiced in EUR (no amount)',
      doc: invoiceOf([ln('1', '1.2 Licens', '120', 'C62', '1020')], { currency: 'EUR' }),
      expected: [null, '20', undefined],
    },
    {
      given: 'licences on two lines of 60 (each line counts on its own)',
      doc: invoiceOf([ln('1', '1.2 Licens', '60', 'C62', '1020'), ln('2', '1.2 Licens', '60', 'C62', '1020')]),
      line: 1,
      expected: null,
    },
    {
      given: 'months on a monthly element (a time unit: not checked)',
      doc: invoiceOf([ln('1', '2 Drift', '3', 'MON', '5100')]),
      expected: null,
    },
    { given: '100 hours of 100', doc: invoiceOf([impl('1', '100')]), expected: null },
    {
      given: '25 hours after 90 invoiced and 5 credited (10 too many)',
      doc: invoiceOf([impl('1', '25')]),
      over: { invoicedBefore: [before('90'), before('5', 'credit_note')] },
      expected: [1122000n, '10', '110'],
    },
    {
      given: 'a negative quantity invoiced before (it counts as a positive one)',
      doc: invoiceOf([impl('1', '20')]),
      over: { invoicedBefore: [before('-90')] },
      expected: [1122000n, '10', '110'],
    },
    {
      given: '1 hour invoiced before with its unit code and 99 now (100 of 100)',
      doc: invoiceOf([impl('1', '99')]),
      over: { invoicedBefore: [before('1', 'invoice', 'HUR')] },
      expected: null,
    },
    {
      given: 'a second line on the same one-off element (counted on top of the first)',
      doc: invoiceOf([impl('1', '60'), impl('2', '50')]),
      line: 1,
      expected: [1122000n, '10', '110'],
    },
    {
      given: 'a line of 30 when 90 are invoiced already (only the 20 above the agreed quantity)',
      doc: invoiceOf([impl('1', '30')]),
      over: { invoicedBefore: [before('90')] },
      expected: [2244000n, '20', '120'],
    },
    {
      given: 'a negative line when more than agreed is invoiced already (a correction)',
      doc: invoiceOf([impl('1', '-5')]),
      over: { invoicedBefore: [before('200')] },
      expected: null,
    },
    {
      given: 'a zero quantity when more than agreed is invoiced already',
      doc: invoiceOf([impl('1', '0')]),
      over: { invoicedBefore: [before('200')] },
      expected: null,
    },
    {
      given: 'an element without an agreed quantity',
      doc: invoiceOf([ln('1', '3 Support', '5', 'ANN', '1020')]),
      expected: null,
    },
  ])('given $given, then $expected', ({ doc, line = 0, over, expected }) => {
    const found = quantityAboveAgreed(...pricedAt(doc, line, over));
    expect(found && [found.amount, found.params.excess, found.params.invoicedInTotal]).toEqual(expected);
    if (found) expect([found.code, found.severity]).toEqual(['quantity_above_agreed', 'warning']);
  });

  it('given the second line, then its text counts the first one', () => {
    const found = quantityAboveAgreed(...pricedAt(invoiceOf([impl('1', '60'), impl('2', '50')]), 1));
    expect(found?.text).toBe(
      'Linje 2 (1 Implementering): med denne linje er der i alt faktureret 110 time på priselementet, men kontrakten aftaler 100 time (10 for mange à 1.122,00 kr.). Beløb: 11.220,00 kr.',
    );
  });

  it('given lines the check does not price (an unknown line between), then only the priced lines count', () => {
    const { invoice } = onContract(invoiceOf([impl('1', '60'), ln('2', 'Kaffe', '500', 'HUR', '1'), impl('3', '30')]));
    expect([...invoice.quantityBefore.entries()].map(([index, q]) => [index, exactText(q)])).toEqual([
      [0, '0'],
      [2, '60'],
    ]);
  });
});
