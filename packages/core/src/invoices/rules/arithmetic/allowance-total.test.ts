import { describe, expect, it } from 'vitest';
import type { EInvoice } from '../../document.js';
import { balancedInvoice, testAllowanceCharge, testLine } from '../../test-documents.js';
import { allowanceTotalAddsUp } from './allowance-total.js';
import { documentFigures } from './figures.js';

const lines = [testLine('1', { quantity: '10', price: '100', lineAmount: '1000' })];
const withTotal = (allowanceCharges: ReturnType<typeof testAllowanceCharge>[], allowanceTotal: string | null): EInvoice => {
  const d = balancedInvoice(lines, { allowanceCharges });
  return { ...d, totals: { ...d.totals, allowanceTotal } };
};

describe('allowanceTotalAddsUp', () => {
  it.each<{ given: string; doc: EInvoice; expected: bigint | null }>([
    { given: 'no allowances and no total', doc: balancedInvoice(lines), expected: null },
    {
      given: 'allowances of 157,50 with their total',
      doc: balancedInvoice(lines, { allowanceCharges: [testAllowanceCharge(false, '100'), testAllowanceCharge(false, '57.50')] }),
      expected: null,
    },
    {
      given: 'an allowance and no total (a missing total counts 0)',
      doc: withTotal([testAllowanceCharge(false, '50')], null),
      expected: 5000n,
    },
    { given: 'a total and no allowance', doc: withTotal([], '20'), expected: 2000n },
    { given: 'a total of 0 and no allowance', doc: withTotal([], '0'), expected: null },
    { given: 'charges only (they are not allowances)', doc: withTotal([testAllowanceCharge(true, '50')], null), expected: null },
    {
      given: 'an allowance with the total 0,01 off (totals are exact to the øre: within)',
      doc: withTotal([testAllowanceCharge(false, '50')], '50.01'),
      expected: null,
    },
  ])('given $given, then $expected', ({ doc, expected }) => {
    const found = allowanceTotalAddsUp(documentFigures(doc));
    expect(found && [found.code, found.params.what, found.amount]).toEqual(
      expected === null ? null : ['arithmetic_total', 'allowance_total', expected],
    );
  });
});
