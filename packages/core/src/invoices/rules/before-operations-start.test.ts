import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../time/calendar-date.js';
import type { EInvoice } from '../document.js';
import type { CheckInput } from '../match-invoice.js';
import { beforeOperationsStart } from './before-operations-start.js';
import { CONTRACT, creditNoteOf, invoiceOf, ln, onContract, summary } from './rule-tests.js';

const startingOn = (operationsStartOn: CalendarDate, inForceFrom = CONTRACT.inForceFrom): Partial<CheckInput> => ({
  contracts: [{ ...CONTRACT, operationsStartOn, inForceFrom }],
});
const drift = ln('1', '2 Drift', '1', 'MON', '5100');

describe('beforeOperationsStart', () => {
  it.each<{ given: string; doc: EInvoice; over: Partial<CheckInput>; expected: unknown; before?: string }>([
    { given: 'no operations start', doc: invoiceOf([drift]), over: {}, expected: null },
    { given: 'operations from the first day', doc: invoiceOf([drift]), over: startingOn('2024-03-01'), expected: null },
    {
      given: 'operations from 16 March and a full March (15 of 31 days: 5.100,00 × 15 ÷ 31 → 2.467,74)',
      doc: invoiceOf([drift]),
      over: startingOn('2024-03-16'),
      expected: ['before_operations_start', 'error', '1', 246774n],
      before: '15',
    },
    {
      given: 'operations from 1 April and February–March across the month end (60 of 60 days)',
      doc: invoiceOf([ln('1', '2 Drift', '2', 'MON', '5100')], { period: { start: '2024-02-01', end: '2024-03-31' } }),
      over: startingOn('2024-04-01'),
      expected: ['before_operations_start', 'error', '1', 1020000n],
      before: '60',
    },
    {
      given: 'days before the term as well (only days within the term count: 1.–15. March of 31)',
      doc: invoiceOf([drift]),
      over: startingOn('2024-03-16', '2024-03-10'),
      expected: ['before_operations_start', 'error', '1', 98710n],
      before: '6',
    },
    {
      given: 'a one-off element',
      doc: invoiceOf([ln('1', '1 Implementering', '10', 'HUR', '1100')]),
      over: startingOn('2024-06-01'),
      expected: null,
    },
    {
      given: 'a suggested (unconfirmed) element',
      doc: invoiceOf([ln('1', 'Drift', '1', 'MON', '5100')]),
      over: startingOn('2024-06-01'),
      expected: null,
    },
    { given: 'a credit note', doc: creditNoteOf([drift]), over: startingOn('2024-06-01'), expected: null },
  ])('given $given, then $expected', ({ doc, over, expected, before }) => {
    const { invoice } = onContract(doc, over);
    const line = invoice.match.lines[0];
    if (line === undefined) throw new Error('no line');
    const found = beforeOperationsStart(invoice, line);
    expect(summary(found)).toEqual(expected);
    expect(found?.params.daysBefore).toBe(before);
  });
});
