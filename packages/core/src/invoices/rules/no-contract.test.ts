import { describe, expect, it } from 'vitest';
import type { EInvoice } from '../document.js';
import type { CheckInput } from '../match-invoice.js';
import { balancedInvoice, testAllowanceCharge } from '../test-documents.js';
import { noContract } from './no-contract.js';
import { creditNoteOf, invoiceOf, ln, summary, underCheck } from './rule-tests.js';

const lines = [ln('1', '1.2 Licens', '20', 'C62', '1020'), ln('2', '2 Drift', '1', 'MON', '5100')];
const noRef = { contractReferences: [] };
/** 25.500,00 of lines − 500,00 allowance + 100,00 charge. */
const withAllowances: EInvoice = balancedInvoice(
  lines,
  { allowanceCharges: [testAllowanceCharge(false, '500'), testAllowanceCharge(true, '100')] },
  noRef,
);

describe('noContract', () => {
  it.each<{ given: string; doc: EInvoice; over: Partial<CheckInput>; expected: unknown }>([
    { given: 'a contract matched by its number', doc: invoiceOf(lines), over: {}, expected: null },
    {
      given: 'a contract chosen by the controller that is not among the candidates',
      doc: invoiceOf(lines, noRef),
      over: { contracts: [], assignment: { contractId: 'c1' } },
      expected: null,
    },
    {
      given: 'no contract (the net amount)',
      doc: invoiceOf(lines, noRef),
      over: { contracts: [] },
      expected: ['no_contract', 'error', null, 2550000n],
    },
    {
      given: 'no contract, with a document allowance and charge (lines − allowances + charges)',
      doc: withAllowances,
      over: { contracts: [] },
      expected: ['no_contract', 'error', null, 2510000n],
    },
    {
      given: 'a credit note without a contract (no amount)',
      doc: creditNoteOf(lines, noRef),
      over: { contracts: [] },
      expected: ['no_contract', 'warning', null, null],
    },
    {
      given: 'an invoice the controller marked as outside contract',
      doc: invoiceOf(lines),
      over: { assignment: { outsideContract: true, reason: 'Akut' } },
      expected: ['no_contract', 'info', null, null],
    },
    {
      given: 'a negative invoice without a contract (no amount)',
      doc: invoiceOf([ln('1', 'Retur', '-1', 'C62', '100')], noRef),
      over: { contracts: [] },
      expected: ['no_contract', 'error', null, null],
    },
  ])('given $given, then $expected', ({ doc, over, expected }) => {
    expect(summary(noContract(underCheck(doc, over)))).toEqual(expected);
  });

  it.each([
    ['an invoice, then the text ends with the net amount', invoiceOf(lines, noRef), ' Beløb uden moms: 25.500,00 kr.'],
    ['a credit note, then the text has no amount', creditNoteOf(lines, noRef), ''],
  ])('given %s', (_, doc, amount) => {
    const invoice = underCheck(doc, { contracts: [] });
    expect(noContract(invoice)?.text).toBe(
      `Fakturaen kan ikke knyttes til en kontrakt (køb uden for kontrakt). ${invoice.match.contractMatch.explanation}${amount}`,
    );
  });
});
