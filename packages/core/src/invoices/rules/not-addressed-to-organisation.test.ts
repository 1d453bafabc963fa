import { describe, expect, it } from 'vitest';
import type { EInvoiceParty } from '../document.js';
import { testParty } from '../test-documents.js';
import { notAddressedToOrganisation } from './not-addressed-to-organisation.js';
import { invoiceOf, ln, summary, underCheck } from './rule-tests.js';

const lines = [ln('1', '2 Drift', '1', 'MON', '5100')];

describe('notAddressedToOrganisation', () => {
  it.each<{ given: string; buyer: EInvoiceParty; expected: unknown }>([
    { given: "a unit's EAN number", buyer: testParty({ gln: '5798009882806' }), expected: null },
    { given: "the organisation's CVR number only", buyer: testParty({ cvr: '29189897' }), expected: null },
    {
      given: "the organisation's CVR with a foreign EAN number",
      buyer: testParty({ cvr: 'DK29189897', gln: '5790000000005' }),
      expected: null,
    },
    {
      given: 'another EAN and CVR number',
      buyer: testParty({ gln: '5790000000005', cvr: '12345678' }),
      expected: ['not_addressed_to_organisation', 'error', null, null],
    },
    {
      given: 'no buyer identifiers at all',
      buyer: testParty(),
      expected: ['not_addressed_to_organisation', 'error', null, null],
    },
  ])('given $given, then $expected', ({ buyer, expected }) => {
    expect(summary(notAddressedToOrganisation(underCheck(invoiceOf(lines, { buyer }))))).toEqual(expected);
  });

  it("uses the buyer match's explanation as its text", () => {
    const invoice = underCheck(invoiceOf(lines, { buyer: testParty({ cvr: '12345678' }) }));
    expect(notAddressedToOrganisation(invoice)?.text).toBe(invoice.match.buyer.explanation);
  });
});
