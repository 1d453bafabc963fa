import { describe, expect, it } from 'vitest';
import type { EInvoice, EInvoiceFormat } from '../../document.js';
import { balancedInvoice, testLine } from '../../test-documents.js';
import { documentFigures } from './figures.js';
import { taxInclusiveAddsUp } from './tax-inclusive.js';

/** 1.000,00 + VAT 250,00 = 1.250,00; a rounding of 0,25. */
const base = balancedInvoice([testLine('1', { quantity: '10', price: '100', lineAmount: '1000' })], { rounding: '0.25' });
const doc = (
  taxInclusive: string | null,
  format: EInvoiceFormat = 'peppol-bis3',
  over: Partial<EInvoice['totals']> = {},
): EInvoice => ({
  ...base,
  format,
  totals: { ...base.totals, taxInclusive, ...over },
});

describe('taxInclusiveAddsUp', () => {
  it.each<{ given: string; doc: EInvoice; expected: [bigint, string] | null }>([
    { given: 'amount without VAT + VAT', doc: doc('1250'), expected: null },
    { given: 'Peppol with the rounding included (not allowed there)', doc: doc('1250.25'), expected: [25n, 'BR-CO-15'] },
    { given: 'no amount (not checked)', doc: doc(null), expected: null },
    {
      given: 'Peppol on a wrong stated amount without VAT (follows the stated 900,00)',
      doc: doc('1150', 'peppol-bis3', { taxExclusive: '900' }),
      expected: null,
    },
    { given: 'OIOUBL without the rounding', doc: doc('1250', 'oioubl-2.1'), expected: null },
    { given: 'OIOUBL with the rounding', doc: doc('1250.25', 'oioubl-2.1'), expected: null },
    {
      given: 'OIOUBL whose TaxExclusiveAmount is the tax (net amount + tax)',
      doc: doc('1250', 'oioubl-2.1', { taxExclusive: '250' }),
      expected: null,
    },
    { given: 'OIOUBL 1,00 off', doc: doc('1251', 'oioubl-2.1'), expected: [100n, 'F-INV128'] },
  ])('given $given, then $expected', ({ doc, expected }) => {
    const found = taxInclusiveAddsUp(documentFigures(doc));
    expect(found && [found.amount, found.params.rule]).toEqual(expected);
    if (found) expect([found.code, found.params.what]).toEqual(['arithmetic_total', 'tax_inclusive']);
  });
});
