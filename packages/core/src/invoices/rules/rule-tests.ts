import { multiplyRatio } from '../../money/ratio.js';
import type { ContractForControl, Deviation, IndexValues } from '../control-types.js';
import type { EInvoice, EInvoiceLine, EInvoicePeriod } from '../document.js';
import { exact, exactText, roundToOre } from '../exact.js';
import { type CheckInput, matchInvoice } from '../match-invoice.js';
import { balancedInvoice, testContract, testElement, testLine } from '../test-documents.js';
import type { ContractInvoice, InvoiceUnderCheck, PricedLine } from './invoice-rule.js';
import { contractInvoice, invoiceUnderCheck } from './under-check.js';

/**
 * Test support for the rule tests (not exported from the package): a contract K-2022-01 with four price elements,
 * invoices on it and the invoice as the rules see it, built by the same matching and preparation as checkInvoice.
 */

/** An index that rose 2 % from January 2022 to January 2023: prices regulated ×1,02 from 1 January 2024. */
export const INDEX: IndexValues = new Map([
  ['2022-01', '100'],
  ['2023-01', '102'],
]);

export const CONTRACT: ContractForControl = testContract('c1', {
  number: 'K-2022-01',
  name: 'ESDH drift og licenser',
  supplierId: 's1',
  inForceFrom: '2022-01-01',
  endsOn: '2025-12-31',
  priceRegulation: {
    kind: 'index',
    index: 'nettoprisindeks',
    baseMonth: '2022-01',
    date: '01-01',
    capPercent: null,
    floorPercent: null,
    inForceFrom: '2022-01-01',
  },
  priceElements: [
    testElement('e-impl', { number: '1', name: 'Implementering', unitCode: 'HUR', unitPrice: '1100', quantity: '100' }),
    testElement('e-lic', {
      number: '1.2',
      name: 'Licens pr. bruger',
      unitCode: 'C62',
      unitPrice: '1000',
      quantity: '100',
      recurrence: 'yearly',
    }),
    testElement('e-drift', {
      number: '2',
      name: 'Drift',
      unitCode: 'MON',
      unitPrice: '5000',
      quantity: '1',
      recurrence: 'monthly',
    }),
    testElement('e-support', { number: '3', name: 'Support', unitCode: 'ANN', unitPrice: '1000', recurrence: 'yearly' }),
  ],
});

export const MARCH: EInvoicePeriod = { start: '2024-03-01', end: '2024-03-31' };

/** A line whose amount is quantity × price, rounded to øre. */
export function ln(
  id: string,
  itemName: string,
  quantity: string,
  unitCode: string,
  price: string,
  over: Partial<EInvoiceLine> = {},
): EInvoiceLine {
  const lineAmount = exactText(roundToOre(multiplyRatio(exact(quantity), exact(price))));
  return testLine(id, { itemName, quantity, unitCode, price, lineAmount, ...over });
}

/** A balanced invoice on K-2022-01 for March 2024; `over` replaces fields of the document. */
export const invoiceOf = (lines: EInvoiceLine[], over: Partial<EInvoice> = {}): EInvoice =>
  balancedInvoice(lines, {}, { contractReferences: ['K-2022-01'], period: MARCH, ...over });

/** The same as a credit note. */
export const creditNoteOf = (lines: EInvoiceLine[], over: Partial<EInvoice> = {}): EInvoice => ({
  ...invoiceOf(lines, over),
  kind: 'credit_note',
  typeCode: '381',
});

export function inputOf(doc: EInvoice, over: Partial<CheckInput> = {}): CheckInput {
  return {
    doc,
    organisation: { cvr: '29189897', units: [{ id: 'u1', ean: '5798009882806' }] },
    supplierId: 's1',
    contracts: [CONTRACT],
    orderReferences: [],
    assignment: null,
    lineAssignments: [],
    indexValues: INDEX,
    invoicedBefore: [],
    duplicateOf: null,
    ...over,
  };
}

/** The document as the document rules see it. */
export const underCheck = (doc: EInvoice, over: Partial<CheckInput> = {}): InvoiceUnderCheck => {
  const input = inputOf(doc, over);
  return invoiceUnderCheck(input, matchInvoice(input));
};

/** The invoice matched to its contract and its lines, as the line rules see them (throws when no contract matched). */
export function onContract(
  doc: EInvoice,
  over: Partial<CheckInput> = {},
): { invoice: ContractInvoice; priced: (PricedLine | null)[] } {
  const invoice = underCheck(doc, over);
  if (invoice.match.contract === null) throw new Error('no contract matched');
  return contractInvoice(invoice, invoice.match.contract);
}

/** The line at `index`, priced (throws when it is not). */
export function pricedAt(doc: EInvoice, index: number, over: Partial<CheckInput> = {}): [ContractInvoice, PricedLine] {
  const { invoice, priced } = onContract(doc, over);
  const line = priced[index];
  if (!line) throw new Error(`line ${index} is not priced`);
  return [invoice, line];
}

/** [code, severity, line, amount] of a finding, or null. */
export const summary = (d: Deviation | null) => (d === null ? null : [d.code, d.severity, d.lineId, d.amount]);
