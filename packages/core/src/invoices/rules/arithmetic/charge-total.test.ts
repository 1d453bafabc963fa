import { describe, expect, it } from 'vitest';
import type { EInvoice } from '../../document.js';
import { balancedInvoice, testAllowanceCharge, testLine } from '../../test-documents.js';
import { chargeTotalAddsUp } from './charge-total.js';
import { documentFigures } from './figures.js';

const lines = [testLine('1', { quantity: '10', price: '100', lineAmount: '1000' })];
const withTotal = (allowanceCharges: ReturnType<typeof testAllowanceCharge>[], chargeTotal: string | null): EInvoice => {
  const d = balancedInvoice(lines, { allowanceCharges });
  return { ...d, totals: { ...d.totals, chargeTotal } };
};

describe('chargeTotalAddsUp', () => {
  it.each<{ given: string; doc: EInvoice; expected: bigint | null }>([
    { given: 'no charges and no total', doc: balancedInvoice(lines), expected: null },
    {
      given: 'charges of 257,50 with their total',
      doc: balancedInvoice(lines, { allowanceCharges: [testAllowanceCharge(true, '200'), testAllowanceCharge(true, '57.50')] }),
      expected: null,
    },
    {
      given: 'a charge and no total (a missing total counts 0)',
      doc: withTotal([testAllowanceCharge(true, '50')], null),
      expected: 5000n,
    },
    { given: 'a total and no charge', doc: withTotal([], '20'), expected: 2000n },
    { given: 'allowances only (they are not charges)', doc: withTotal([testAllowanceCharge(false, '50')], null), expected: null },
    { given: 'a charge with the total 0,02 off', doc: withTotal([testAllowanceCharge(true, '50')], '50.02'), expected: 2n },
  ])('given $given, then $expected', ({ doc, expected }) => {
    const found = chargeTotalAddsUp(documentFigures(doc));
    expect(found && [found.code, found.params.what, found.amount]).toEqual(
      expected === null ? null : ['arithmetic_total', 'charge_total', expected],
    );
  });
});
