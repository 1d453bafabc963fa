import { describe, expect, it } from 'vitest';
import { invoiceQueryOf, isFiltered, PAGE_SIZE, validateInvoiceSearch } from './invoiceSearch.ts';

const CONTRACT = '0b9c2a4e-6a3f-4a57-9a53-6f0d2c1e8b11';

describe('validateInvoiceSearch', () => {
  it('given known filters, then they are kept, and the default status "open" is left out of the address', () => {
    expect(
      validateInvoiceSearch({
        status: 'open',
        severity: 'error',
        kind: 'credit_note',
        q: ' Tavle ',
        outsideContract: true,
        contractId: CONTRACT,
        offset: 50,
      }),
    ).toEqual({
      status: undefined,
      severity: 'error',
      kind: 'credit_note',
      q: 'Tavle',
      outsideContract: true,
      contractId: CONTRACT,
      offset: 50,
    });
  });

  it('given unknown values, then they are dropped', () => {
    expect(
      validateInvoiceSearch({
        status: 'paid',
        severity: 'fatal',
        kind: 'order',
        q: '  ',
        outsideContract: 'no',
        contractId: 'x',
        offset: -5,
      }),
    ).toEqual({
      status: undefined,
      severity: undefined,
      kind: undefined,
      q: undefined,
      outsideContract: undefined,
      contractId: undefined,
      offset: undefined,
    });
  });

  it('given an invoice number the router read as a number, then it is searched as text', () => {
    expect(validateInvoiceSearch({ q: 20150483 }).q).toBe('20150483');
  });
});

describe('invoiceQueryOf', () => {
  it('given no filters, then the open invoices are asked for, one page at a time', () => {
    expect(invoiceQueryOf({})).toEqual({ status: 'open', limit: PAGE_SIZE, offset: 0 });
  });

  it('given filters, then only those set are sent', () => {
    expect(invoiceQueryOf({ status: 'all', outsideContract: true, q: 'A000', offset: 100 })).toEqual({
      status: 'all',
      outsideContract: true,
      q: 'A000',
      limit: PAGE_SIZE,
      offset: 100,
    });
  });
});

describe('isFiltered', () => {
  it('given only a page, then nothing is filtered; given a status, then it is', () => {
    expect(isFiltered({ offset: 50 })).toBe(false);
    expect(isFiltered({ status: 'all' })).toBe(true);
  });
});
