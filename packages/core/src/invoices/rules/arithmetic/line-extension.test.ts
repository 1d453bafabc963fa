import { describe, expect, it } from 'vitest';
import type { EInvoice, EInvoiceFormat } from '../../document.js';
import { balancedInvoice, testLine } from '../../test-documents.js';
import { documentFigures } from './figures.js';
import { lineExtensionAddsUp } from './line-extension.js';

const lines = [
  testLine('1', { lineAmount: '100.10' }),
  testLine('2', { lineAmount: '-0.10' }),
  testLine('3', { lineAmount: '0.005' }),
];
const doc = (lineExtension: string, format: EInvoiceFormat = 'peppol-bis3'): EInvoice => {
  const d = balancedInvoice(lines);
  return { ...d, format, totals: { ...d.totals, lineExtension } };
};

describe('lineExtensionAddsUp', () => {
  it.each<{ given: string; doc: EInvoice; expected: [bigint, string] | null }>([
    { given: 'Σ lines 100,005 stated as 100,005', doc: doc('100.005'), expected: null },
    { given: 'Σ lines 100,005 stated as 100,01 (within 0,01)', doc: doc('100.01'), expected: null },
    { given: 'Σ lines stated 0,02 too high', doc: doc('100.025'), expected: [2n, 'BR-CO-10'] },
    {
      given: 'OIOUBL: the same 0,02 (F-INV126; totals exact to the øre)',
      doc: doc('100.025', 'oioubl-2.1'),
      expected: [2n, 'F-INV126'],
    },
    { given: 'no lines and a line total of 0', doc: { ...balancedInvoice([]) }, expected: null },
  ])('given $given, then $expected', ({ doc, expected }) => {
    const found = lineExtensionAddsUp(documentFigures(doc));
    expect(found && [found.amount, found.params.rule]).toEqual(expected);
    if (found) expect([found.code, found.params.what]).toEqual(['arithmetic_total', 'line_extension']);
  });
});
