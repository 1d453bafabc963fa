import { describe, expect, it } from 'vitest';
import type { EInvoice, EInvoiceTaxSubtotal } from '../../document.js';
import { balancedInvoice, testLine } from '../../test-documents.js';
import { documentFigures } from './figures.js';
import { taxTotalAddsUp } from './tax-total.js';

const base = balancedInvoice([testLine('1', { quantity: '10', price: '100', lineAmount: '1000' })]);
const vat: EInvoiceTaxSubtotal = { taxableAmount: '1000', taxAmount: '250', percent: '25', category: 'S', scheme: 'VAT' };
const excise: EInvoiceTaxSubtotal = { taxableAmount: '1000', taxAmount: '40', percent: '4', category: 'EXCISE', scheme: 'VAT' };
const doc = (taxAmount: string | null, taxSubtotals: EInvoiceTaxSubtotal[]): EInvoice => ({ ...base, taxAmount, taxSubtotals });

describe('taxTotalAddsUp', () => {
  it.each<{ given: string; doc: EInvoice; expected: bigint | null }>([
    { given: 'the tax total = Σ subtotals', doc: doc('250', [vat]), expected: null },
    { given: 'the tax total 1,00 above Σ subtotals', doc: doc('251', [vat]), expected: 100n },
    { given: 'no tax amount (not checked)', doc: doc(null, [vat]), expected: null },
    { given: 'no subtotals (not checked)', doc: doc('99', []), expected: null },
    { given: 'VAT and excise: Σ of all', doc: doc('290', [vat, excise]), expected: null },
    { given: 'VAT and excise in its own TaxTotal: Σ of the VAT subtotals', doc: doc('250', [vat, excise]), expected: null },
    { given: 'VAT and excise: neither sum (reported against Σ of all)', doc: doc('260', [vat, excise]), expected: 3000n },
  ])('given $given, then $expected', ({ doc, expected }) => {
    const found = taxTotalAddsUp(documentFigures(doc));
    expect(found && [found.code, found.params.what, found.amount]).toEqual(
      expected === null ? null : ['arithmetic_vat', 'tax_total', expected],
    );
  });
});
