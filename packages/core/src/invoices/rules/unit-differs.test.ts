import { describe, expect, it } from 'vitest';
import type { EInvoiceLine } from '../document.js';
import { creditNoteOf, invoiceOf, ln, onContract, summary } from './rule-tests.js';
import { unitDiffers } from './unit-differs.js';

const differs = ['unit_differs', 'info', '1', null];

describe('unitDiffers', () => {
  it.each<{ given: string; line: EInvoiceLine; expected: unknown }>([
    { given: "the element's unit", line: ln('1', '2 Drift', '1', 'MON', '5100'), expected: null },
    { given: 'months on a yearly element (convertible)', line: ln('1', '3 Support', '12', 'MON', '100'), expected: null },
    { given: 'quarters on a monthly element (convertible)', line: ln('1', '2 Drift', '1', 'QAN', '15300'), expected: null },
    { given: 'EA on a C62 element (both pieces)', line: ln('1', '1.2 Licens', '1', 'EA', '1020'), expected: null },
    { given: 'hours on a monthly element', line: ln('1', '2 Drift', '10', 'HUR', '9000'), expected: differs },
    { given: 'kilograms on a piece element', line: ln('1', '1.2 Licens', '1', 'KGM', '1020'), expected: differs },
    { given: 'no element', line: ln('1', 'Kaffe', '1', 'KGM', '1'), expected: null },
    { given: 'a suggested element (confirm first)', line: ln('1', 'Implementering af modul', '1', 'KGM', '1'), expected: null },
  ])('given $given, then $expected', ({ line, expected }) => {
    const { invoice } = onContract(invoiceOf([line]));
    const matched = invoice.match.lines[0];
    if (matched === undefined) throw new Error('no line');
    expect(summary(unitDiffers(invoice, matched))).toEqual(expected);
  });

  it('given a credit note in hours on a monthly element, then it is reported too', () => {
    const { invoice } = onContract(creditNoteOf([ln('1', '2 Drift', '10', 'HUR', '9000', { unitCode: null })]));
    const matched = invoice.match.lines[0];
    if (matched === undefined) throw new Error('no line');
    expect(unitDiffers(invoice, matched)?.text).toBe(
      'Linje 1 (2 Drift): enheden enhed (ingen) kan ikke sammenlignes med priselementets enhed måned (MON); pris og antal er ikke kontrolleret.',
    );
  });
});
