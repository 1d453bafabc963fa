import { describe, expect, it } from 'vitest';
import type { EInvoice } from '../document.js';
import { creditNoteOf, invoiceOf, ln, onContract, summary } from './rule-tests.js';
import { unknownPriceElement } from './unknown-price-element.js';

describe('unknownPriceElement', () => {
  it.each<{ given: string; doc: EInvoice; expected: unknown }>([
    {
      given: "a line starting with an element's number",
      doc: invoiceOf([ln('1', '2 Drift', '1', 'MON', '5100')]),
      expected: null,
    },
    {
      given: 'a line resembling an element (a suggestion is an element)',
      doc: invoiceOf([ln('1', 'Implementering af modul', '1', 'HUR', '100')]),
      expected: null,
    },
    {
      given: 'a line matching nothing (the line amount)',
      doc: invoiceOf([ln('1', 'Kaffe', '3', 'C62', '15')]),
      expected: ['unknown_price_element', 'warning', '1', 4500n],
    },
    {
      given: 'a negative line matching nothing (no amount)',
      doc: invoiceOf([ln('1', 'Kaffe retur', '-1', 'C62', '15')]),
      expected: ['unknown_price_element', 'warning', '1', null],
    },
    {
      given: 'a credit note line matching nothing (no amount)',
      doc: creditNoteOf([ln('1', 'Kaffe', '3', 'C62', '15')]),
      expected: ['unknown_price_element', 'warning', '1', null],
    },
  ])('given $given, then $expected', ({ doc, expected }) => {
    const { invoice } = onContract(doc);
    const line = invoice.match.lines[0];
    if (line === undefined) throw new Error('no line');
    expect(summary(unknownPriceElement(invoice, line))).toEqual(expected);
  });

  it('labels the line by its item name, else its description or note', () => {
    const { invoice } = onContract(invoiceOf([ln('1', ' ', '3', 'C62', '15', { description: 'Kaffe  og   kage' })]));
    const line = invoice.match.lines[0];
    if (line === undefined) throw new Error('no line');
    expect(unknownPriceElement(invoice, line)?.text).toBe(
      'Linje 1 (Kaffe og kage): linjen kan ikke knyttes til et af kontraktens priselementer; den skal begynde med priselementets nummer. Beløb: 45,00 kr.',
    );
  });
});
