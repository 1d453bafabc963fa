import { describe, expect, it } from 'vitest';
import type { EInvoiceParty } from '../document.js';
import { testParty } from '../test-documents.js';
import { missingResponsiblePerson } from './missing-responsible-person.js';
import { invoiceOf, ln, summary, underCheck } from './rule-tests.js';

const lines = [ln('1', '2 Drift', '1', 'MON', '5100')];
const gln = '5798009882806';
const missing = ['missing_responsible_person', 'warning', null, null];

describe('missingResponsiblePerson', () => {
  it.each<{ given: string; reference: string | null; buyer: EInvoiceParty; expected: unknown }>([
    { given: 'a buyer reference', reference: 'Anna Jensen', buyer: testParty({ gln }), expected: null },
    {
      given: "the buyer's contact name",
      reference: null,
      buyer: testParty({ gln, contact: { id: null, name: 'Anna', email: null } }),
      expected: null,
    },
    {
      given: "the buyer's contact id",
      reference: null,
      buyer: testParty({ gln, contact: { id: '4711', name: null, email: null } }),
      expected: null,
    },
    { given: 'neither', reference: null, buyer: testParty({ gln }), expected: missing },
    {
      given: 'a blank reference and a contact with only an e-mail address',
      reference: '  ',
      buyer: testParty({ gln, contact: { id: ' ', name: null, email: 'a@kommune.dk' } }),
      expected: missing,
    },
  ])('given $given, then $expected', ({ reference, buyer, expected }) => {
    expect(summary(missingResponsiblePerson(underCheck(invoiceOf(lines, { buyerReference: reference, buyer }))))).toEqual(
      expected,
    );
  });
});
