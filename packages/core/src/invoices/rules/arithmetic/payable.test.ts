import { describe, expect, it } from 'vitest';
import type { EInvoice, EInvoiceFormat } from '../../document.js';
import { balancedInvoice, testLine } from '../../test-documents.js';
import { documentFigures } from './figures.js';
import { payableAddsUp } from './payable.js';

/** 1.250,00 with VAT, 100,00 prepaid, a rounding of 0,25: 1.150,25 to pay. */
const base = balancedInvoice([testLine('1', { quantity: '10', price: '100', lineAmount: '1000' })], {
  prepaid: '100',
  rounding: '0.25',
});
const doc = (payable: string, format: EInvoiceFormat = 'peppol-bis3', over: Partial<EInvoice['totals']> = {}): EInvoice => ({
  ...base,
  format,
  totals: { ...base.totals, payable, ...over },
});

describe('payableAddsUp', () => {
  it.each<{ given: string; doc: EInvoice; expected: [bigint, string] | null }>([
    { given: 'inclusive − prepaid + rounding', doc: doc('1150.25'), expected: null },
    { given: 'Peppol without the rounding', doc: doc('1150'), expected: [25n, 'BR-CO-16'] },
    { given: 'Peppol without the prepaid amount', doc: doc('1250.25'), expected: [10000n, 'BR-CO-16'] },
    { given: 'OIOUBL without the rounding (held in the inclusive amount)', doc: doc('1150', 'oioubl-2.1'), expected: null },
    { given: 'OIOUBL with the rounding', doc: doc('1150.25', 'oioubl-2.1'), expected: null },
    {
      given: 'no inclusive amount: recomputed (1.000,00 + 250,00)',
      doc: doc('1150.25', 'peppol-bis3', { taxInclusive: null }),
      expected: null,
    },
    {
      given: 'a negative invoice paid as stated',
      doc: balancedInvoice([testLine('1', { quantity: '-2', price: '150', lineAmount: '-300' })]),
      expected: null,
    },
  ])('given $given, then $expected', ({ doc, expected }) => {
    const found = payableAddsUp(documentFigures(doc));
    expect(found && [found.amount, found.params.rule]).toEqual(expected);
    if (found) expect([found.code, found.params.what]).toEqual(['arithmetic_total', 'payable']);
  });

  it('shows prepaid and rounding in the Peppol text', () => {
    expect(payableAddsUp(documentFigures(doc('1151.25')))?.text).toBe(
      'Beløb med moms 1.250,00 kr. − forudbetalt 100,00 kr. + afrunding 0,25 kr. giver 1.150,25 kr., men beløbet til betaling er 1.151,25 kr. (forskel 1,00 kr.).',
    );
  });
});
