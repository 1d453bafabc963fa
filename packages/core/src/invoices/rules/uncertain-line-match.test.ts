import { describe, expect, it } from 'vitest';
import type { EInvoice } from '../document.js';
import type { CheckInput } from '../match-invoice.js';
import { creditNoteOf, invoiceOf, ln, onContract, summary } from './rule-tests.js';
import { uncertainLineMatch } from './uncertain-line-match.js';

const resembling = ln('1', 'Implementering af modul', '10', 'HUR', '2000');

describe('uncertainLineMatch', () => {
  it.each<{ given: string; doc: EInvoice; over: Partial<CheckInput>; expected: unknown }>([
    { given: "an element's number", doc: invoiceOf([ln('1', '1 Implementering', '1', 'HUR', '1')]), over: {}, expected: null },
    { given: 'no element at all', doc: invoiceOf([ln('1', 'Kaffe', '1', 'C62', '1')]), over: {}, expected: null },
    {
      given: 'a line resembling an element',
      doc: invoiceOf([resembling]),
      over: {},
      expected: ['uncertain_line_match', 'info', '1', null],
    },
    {
      given: 'the same line on a credit note',
      doc: creditNoteOf([resembling]),
      over: {},
      expected: ['uncertain_line_match', 'info', '1', null],
    },
    {
      given: 'the suggestion confirmed by the controller',
      doc: invoiceOf([resembling]),
      over: { lineAssignments: [{ lineId: '1', priceElementId: 'e-impl' }] },
      expected: null,
    },
  ])('given $given, then $expected', ({ doc, over, expected }) => {
    const { invoice } = onContract(doc, over);
    const line = invoice.match.lines[0];
    if (line === undefined) throw new Error('no line');
    const found = uncertainLineMatch(invoice, line);
    expect(summary(found)).toEqual(expected);
    if (found) expect(found.text).toBe(`${line.check.explanation} Prisen kontrolleres, når priselementet er bekræftet.`);
  });
});
