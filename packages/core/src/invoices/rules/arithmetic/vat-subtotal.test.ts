import { describe, expect, it } from 'vitest';
import type { EInvoice, EInvoiceFormat, EInvoiceTaxSubtotal } from '../../document.js';
import { balancedInvoice, testAllowanceCharge, testLine } from '../../test-documents.js';
import { documentFigures } from './figures.js';
import { vatSubtotalAddsUp } from './vat-subtotal.js';

const doc = (format: EInvoiceFormat = 'peppol-bis3', allowance = false): EInvoice => ({
  ...balancedInvoice(
    [testLine('1', { quantity: '10', price: '100', lineAmount: '1000' })],
    allowance ? { allowanceCharges: [testAllowanceCharge(false, '100')] } : {},
  ),
  format,
});
const subtotal = (taxableAmount: string, taxAmount: string, percent: string | null = '25'): EInvoiceTaxSubtotal => ({
  taxableAmount,
  taxAmount,
  percent,
  category: 'S',
  scheme: 'VAT',
});

describe('vatSubtotalAddsUp', () => {
  it.each<{ given: string; doc: EInvoice; subtotal: EInvoiceTaxSubtotal; expected: [bigint, string] | null }>([
    { given: '25 % of 1.000,00 = 250,00', doc: doc(), subtotal: subtotal('1000', '250'), expected: null },
    { given: '25 % of 0,02 = 0,005 stated as 0,01', doc: doc(), subtotal: subtotal('0.02', '0.01'), expected: null },
    {
      given: '250,10 for 25 % of 1.000,00 (0,10 off)',
      doc: doc(),
      subtotal: subtotal('1000', '250.1'),
      expected: [10n, 'BR-CO-17'],
    },
    { given: '0 % of 1.000,00 = 0', doc: doc(), subtotal: subtotal('1000', '0', '0'), expected: null },
    { given: 'no percent (not recomputed)', doc: doc(), subtotal: subtotal('1000', '7', null), expected: null },
    {
      given: 'a negative taxable amount (−100,00 at 25 % = −25,00)',
      doc: doc(),
      subtotal: subtotal('-100', '-25'),
      expected: null,
    },
    { given: 'OIOUBL 0,90 off (within 1,00)', doc: doc('oioubl-2.1'), subtotal: subtotal('1000', '250.9'), expected: null },
    { given: 'OIOUBL 1,10 off', doc: doc('oioubl-2.1'), subtotal: subtotal('1000', '251.1'), expected: [110n, 'F-LIB400'] },
    {
      given: 'OIOUBL: the taxable amount before a document allowance of 100,00 at 25 %, the VAT after it',
      doc: doc('oioubl-2.1', true),
      subtotal: subtotal('1000', '225'),
      expected: null,
    },
    {
      given: 'Peppol: the same is a deviation',
      doc: doc('peppol-bis3', true),
      subtotal: subtotal('1000', '225'),
      expected: [2500n, 'BR-CO-17'],
    },
  ])('given $given, then $expected', ({ doc, subtotal, expected }) => {
    const found = vatSubtotalAddsUp(documentFigures(doc), subtotal);
    expect(found && [found.amount, found.params.rule]).toEqual(expected);
    if (found) expect([found.code, found.params.what]).toEqual(['arithmetic_vat', 'vat_subtotal']);
  });

  it('shows the rate in Danish in the text', () => {
    expect(vatSubtotalAddsUp(documentFigures(doc()), subtotal('1000', '130', '12.5'))?.text).toBe(
      'Moms af 1.000,00 kr. med 12,5 % er 125,00 kr., men fakturaen angiver 130,00 kr. (forskel 5,00 kr.).',
    );
  });
});
