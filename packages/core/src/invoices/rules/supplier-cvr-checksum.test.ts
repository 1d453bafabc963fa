import { describe, expect, it } from 'vitest';
import { testParty } from '../test-documents.js';
import { invoiceOf, ln, underCheck } from './rule-tests.js';
import { supplierCvrChecksum } from './supplier-cvr-checksum.js';

const lines = [ln('1', '2 Drift', '1', 'MON', '5100')];

describe('supplierCvrChecksum', () => {
  it.each([
    { given: 'a valid CVR', cvr: '10150817', expected: null },
    { given: 'a valid CVR with DK and spaces', cvr: 'DK 10 15 08 17', expected: null },
    { given: 'no CVR', cvr: null, expected: null },
    {
      given: 'a CVR failing modulus 11 (DK16356706 of the OIOUBL examples)',
      cvr: '16356706',
      expected: ['16356706', 'checksum'],
    },
    { given: 'a CVR of 7 digits', cvr: '1234567', expected: ['1234567', 'format'] },
  ])('given $given, then $expected', ({ cvr, expected }) => {
    const found = supplierCvrChecksum(underCheck(invoiceOf(lines, { supplier: testParty({ cvr }) })));
    expect(found && [found.code, found.severity, found.amount]).toEqual(expected && ['supplier_cvr_checksum', 'warning', null]);
    expect(found && [found.params.cvr, found.params.problem]).toEqual(expected);
  });
});
