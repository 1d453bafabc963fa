import { describe, expect, it } from 'vitest';
import type { EInvoice, EInvoiceFormat } from '../../document.js';
import { balancedInvoice, testAllowanceCharge, testLine } from '../../test-documents.js';
import { documentFigures } from './figures.js';
import { taxExclusiveAddsUp } from './tax-exclusive.js';

/** Lines 1.000,00 − allowance 100,00 + charge 20,00 = 920,00; VAT 230,00. */
const base = balancedInvoice([testLine('1', { quantity: '10', price: '100', lineAmount: '1000' })], {
  allowanceCharges: [testAllowanceCharge(false, '100'), testAllowanceCharge(true, '20')],
});
const doc = (taxExclusive: string | null, format: EInvoiceFormat = 'peppol-bis3'): EInvoice => ({
  ...base,
  format,
  totals: { ...base.totals, taxExclusive },
});

describe('taxExclusiveAddsUp', () => {
  it.each<{ given: string; doc: EInvoice; expected: [bigint, string] | null }>([
    { given: 'lines − allowances + charges', doc: doc('920'), expected: null },
    { given: 'the line total (allowance and charge forgotten)', doc: doc('1000'), expected: [8000n, 'BR-CO-13'] },
    { given: 'no amount (not checked)', doc: doc(null), expected: null },
    { given: 'OIOUBL: the tax ("momsbeløb")', doc: doc('230', 'oioubl-2.1'), expected: null },
    { given: 'OIOUBL: the net amount', doc: doc('920', 'oioubl-2.1'), expected: null },
    { given: 'OIOUBL: neither (reported against the tax)', doc: doc('240', 'oioubl-2.1'), expected: [1000n, 'F-INV128'] },
  ])('given $given, then $expected', ({ doc, expected }) => {
    const found = taxExclusiveAddsUp(documentFigures(doc));
    expect(found && [found.amount, found.params.rule]).toEqual(expected);
    if (found) expect([found.code, found.params.what]).toEqual(['arithmetic_total', 'tax_exclusive']);
  });
});
