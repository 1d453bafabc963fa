import { describe, expect, it } from 'vitest';
import { testParty } from '../test-documents.js';
import { invoiceOf, ln, underCheck } from './rule-tests.js';
import { unknownSupplier } from './unknown-supplier.js';

const lines = [ln('1', '2 Drift', '1', 'MON', '5100')];

describe('unknownSupplier', () => {
  it.each([
    { given: 'a registered supplier', supplierId: 's1', name: 'Lev A/S', cvr: '10150817', expected: null },
    {
      given: 'an unregistered supplier with name and CVR',
      supplierId: null,
      name: 'Lev A/S',
      cvr: '10150817',
      expected: 'Leverandøren (Lev A/S, CVR-nummer 10150817) er ikke registreret som leverandør hos organisationen.',
    },
    {
      given: 'an unregistered supplier with a CVR only',
      supplierId: null,
      name: null,
      cvr: '10150817',
      expected: 'Leverandøren (CVR-nummer 10150817) er ikke registreret som leverandør hos organisationen.',
    },
    {
      given: 'an unregistered supplier without name or CVR',
      supplierId: null,
      name: null,
      cvr: null,
      expected: 'Leverandøren er ikke registreret som leverandør hos organisationen.',
    },
  ])('given $given, then $expected', ({ supplierId, name, cvr, expected }) => {
    const found = unknownSupplier(underCheck(invoiceOf(lines, { supplier: testParty({ name, cvr }) }), { supplierId }));
    expect(found === null ? null : [found.code, found.severity, found.amount, found.text]).toEqual(
      expected === null ? null : ['unknown_supplier', 'warning', null, expected],
    );
  });
});
