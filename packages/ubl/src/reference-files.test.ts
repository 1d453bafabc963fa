import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EInvoice, EInvoiceFormat, EInvoiceKind } from '@overblik/core';
import { describe, expect, it } from 'vitest';
import { parseEInvoice } from './index.js';

/** The sample e-invoices in tests/fixtures/einvoice (sources: SOURCES.md there). */
const REFERENCE_DIR =
  process.env.EINVOICE_REFERENCE_DIR ?? fileURLToPath(new URL('../../../tests/fixtures/einvoice/', import.meta.url));

function referenceFiles(dir = REFERENCE_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return referenceFiles(path);
      return entry.name.endsWith('.xml') ? [relative(REFERENCE_DIR, path)] : [];
    })
    .sort();
}

const parsed = new Map<string, EInvoice>();
function invoice(file: string): EInvoice {
  let result = parsed.get(file);
  if (!result) {
    result = parseEInvoice(readFileSync(join(REFERENCE_DIR, file)));
    parsed.set(file, result);
  }
  return result;
}

type Expected = { kind: EInvoiceKind; format: EInvoiceFormat; lines: number; lineExtension: string; payable: string };

// Read off the files by hand (LegalMonetaryTotal and the count of InvoiceLine/CreditNoteLine elements).
const EXPECTED: Record<string, Expected> = {
  'oioubl-2.0x/ADVORD_03_03_00_Invoice_v2p2.xml': e('invoice', 'oioubl-2.0', 1, '5000', '6250'),
  'oioubl-2.0x/BASPRO_01_01_00_Invoice_v2p2.xml': e('invoice', 'oioubl-2.0', 2, '5050', '6312.5'),
  'oioubl-2.0x/BASPRO_03_01_06_CreditNote_v2p2.xml': e('credit_note', 'oioubl-2.0', 2, '5050', '6312.5'),
  'oioubl-2.0x/BASPRO_03_01_06_Invoice_B_v2p2.xml': e('invoice', 'oioubl-2.0', 2, '5050', '5312.5'),
  'oioubl-2.0x/COMDEL_01_01_00_Invoice_v2p2.xml': e('invoice', 'oioubl-2.0', 1, '388', '485'),
  'oioubl-2.0x/COMDEL_02_02_00_Invoice_v2p2.xml': e('invoice', 'oioubl-2.0', 4, '33340', '41675'),
  'oioubl-2.0x/COMORG_03_03_00_Invoice_v2p2.xml': e('invoice', 'oioubl-2.0', 2, '5050', '6312.5'),
  'oioubl-2.0x/COMPAY_01_01_00_Invoice_v2p2.xml': e('invoice', 'oioubl-2.0', 2, '3950', '5031.25'),
  'oioubl-2.0x/COMPAY_04_04_00_Invoice_v2p2.xml': e('invoice', 'oioubl-2.0', 1, '550', '687.5'),
  'oioubl-2.0x/CreditNoteStor_v2p2.xml': e('credit_note', 'oioubl-2.0', 2, '11200', '13000'),
  'oioubl-2.0x/InvoiceStor_v2p2.xml': e('invoice', 'oioubl-2.0', 2, '11200', '12900'),
  'oioubl-2.0x/gobl_happy-path_real.xml': e('invoice', 'oioubl-2.0', 2, '5050', '6312.5'),
  'oioubl-2.0x/gobl_negative-rounding_real.xml': e('credit_note', 'oioubl-2.0', 4, '98.8', '113.62'),
  'oioubl-2.0x/gobl_prices-advanced_real.xml': e('invoice', 'oioubl-2.0', 5, '3600', '4500'),
  'oioubl-2.0x/gobl_used-invoice_real.xml': e('invoice', 'oioubl-2.0', 1, '5000', '6969'),
  'oioubl-2.1/OIOUBL_CreditNote_v2p2.xml': e('credit_note', 'oioubl-2.1', 2, '5050', '6312.5'),
  'oioubl-2.1/OIOUBL_Invoice_v2p2.xml': e('invoice', 'oioubl-2.1', 2, '5050', '6312.5'),
  'oioubl-2.1/gobl_credit-note.xml': e('credit_note', 'oioubl-2.1', 2, '5050', '6312.5'),
  'oioubl-2.1/gobl_reverse-charge.xml': e('invoice', 'oioubl-2.1', 1, '5000', '5000'),
  'peppol-bis3-dk/BIS3_CreditNote_Example_DK_Supplier_Master.xml': e('credit_note', 'peppol-bis3', 3, '1575', '1619'),
  'peppol-bis3-dk/BIS3_CreditNote_Example_DK_Supplier_Minor.xml': e('credit_note', 'peppol-bis3', 3, '1575', '1619'),
  'peppol-bis3-dk/BIS3_Invoice_Example_DK_Supplier_Master.xml': e('invoice', 'peppol-bis3', 3, '1575', '1619'),
  'peppol-bis3-dk/BIS3_Invoice_Example_DK_Supplier_Minor.xml': e('invoice', 'peppol-bis3', 3, '1575', '1619'),
  'peppol-bis3-dk/BIS3_NegativInvoice_Example_NegativeLine.xml': e('invoice', 'peppol-bis3', 3, '-300', '-725'),
};

function e(kind: EInvoiceKind, format: EInvoiceFormat, lines: number, lineExtension: string, payable: string): Expected {
  return { kind, format, lines, lineExtension, payable };
}

describe('the reference e-invoices', () => {
  it('are all in the table', () => {
    expect(referenceFiles()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const result = invoice(file);
    expect({
      kind: result.kind,
      format: result.format,
      lines: result.lines.length,
      lineExtension: result.totals.lineExtension,
      payable: result.totals.payable,
    }).toEqual(expected);
  });
});

describe('OIOUBL 2.0x', () => {
  it('reads header, parties, payment, tax and lines of a basic invoice', () => {
    const result = invoice('oioubl-2.0x/BASPRO_01_01_00_Invoice_v2p2.xml');
    expect(result).toMatchObject({
      customizationId: 'OIOUBL-2.02',
      profileId: 'Procurement-OrdSimR-BilSim-1.0',
      typeCode: '380',
      number: 'A00095678',
      uuid: '9756b4d0-8815-1029-857a-e388fe63f399',
      issueDate: '2005-11-20',
      dueDate: '2005-11-25',
      currency: 'DKK',
      taxCurrency: null,
      notes: [],
      buyerReference: null,
      accountingCost: '5250124502',
      contractReferences: [],
      orderReference: '5002701',
      salesOrderId: null,
      projectReference: null,
      billingReferences: [],
      period: null,
      paymentMeans: [
        { code: '42', paymentId: null, instructionId: null, account: '1234567890', branch: '1234', dueDate: '2005-11-25' },
      ],
      allowanceCharges: [],
      taxAmount: '1262.5',
      taxSubtotals: [{ taxableAmount: '5050', taxAmount: '1262.5', category: 'StandardRated', percent: '25', scheme: '63' }],
      // OIOUBL 2.0x puts the tax total in TaxExclusiveAmount.
      totals: {
        lineExtension: '5050',
        taxExclusive: '1262.5',
        taxInclusive: '6312.5',
        allowanceTotal: null,
        chargeTotal: null,
        prepaid: null,
        payableRounding: null,
        payable: '6312.5',
      },
    });
    expect(result.supplier).toEqual({
      name: 'Tavleverandøren',
      endpoint: { value: 'DK16356706', scheme: 'DK:CVR' },
      identifiers: [{ value: 'DK16356706', scheme: 'DK:CVR' }],
      legalIds: [{ value: 'DK16356706', scheme: 'DK:CVR' }],
      taxIds: [{ value: 'DK16356706', scheme: 'DK:SE' }],
      cvr: '16356706',
      gln: null,
      contact: { id: '23456', name: 'Hugo Jensen', email: 'Hugo@tavl.dk' },
    });
    expect(result.buyer).toMatchObject({ name: 'Den Lille Skole', gln: '5798000416604', cvr: '16356709' });
    expect(result.buyer.contact).toEqual({ id: '7778', name: 'Hans Hansen', email: 'Hans@dls.dk' });
    expect(result.lines[1]).toEqual({
      id: '2',
      sourceLine: 193,
      note: null,
      quantity: '2',
      unitCode: 'EA',
      lineAmount: '50',
      accountingCost: null,
      period: null,
      orderLineId: '2',
      itemName: 'Beslag',
      description: 'Beslag',
      sellersItemId: '5712345780111',
      buyersItemId: null,
      standardItemId: null,
      classifications: [],
      price: '25',
      baseQuantity: '1',
      baseQuantityUnitCode: 'EA',
      orderableUnitFactor: '1',
      grossPrice: null,
      priceDiscount: null,
      allowanceCharges: [],
      taxCategory: 'StandardRated',
      taxPercent: '25',
      taxAmount: '12.5',
    });
    expect(result.lines[0]).toMatchObject({ id: '1', sourceLine: 158, price: '5000', taxAmount: '1250' });
  });

  it('reads the maximal invoice without mixing up nested ids', () => {
    const result = invoice('oioubl-2.0x/InvoiceStor_v2p2.xml');
    // Not the ForeignExchangeContract's ContractDocumentReference (123).
    expect(result.contractReferences).toEqual(['1']);
    expect(result.period).toEqual({ start: '2005-11-20', end: '2005-12-20' });
    expect(result.notes).toEqual(['Dansk note.', 'English note.']);
    expect(result.orderReference).toBe('5002701');
    expect(result.salesOrderId).toBe('1233');
    // InvoiceDocumentReference and CreditNoteDocumentReference, not the self-billed or reminder references.
    expect(result.billingReferences).toEqual([
      { id: 'A00095678', issueDate: '2007-02-20' },
      { id: 'A00095681', issueDate: '2007-02-20' },
    ]);
    // The endpoint comes first, before PartyIdentification (DK12457845) and PartyLegalEntity (DK16356707).
    expect(result.supplier.cvr).toBe('16356706');
    expect(result.supplier.name).toBe('Tavleverandøren');
    expect(result.buyer.contact?.id).toBe('9000000005');
    expect(result.buyer.gln).toBe('5798000416604');
    expect(result.dueDate).toBe('2005-12-31');
    expect(result.paymentMeans).toHaveLength(13);
    expect(result.paymentMeans[2]).toEqual({
      code: '93',
      paymentId: '71',
      instructionId: '123456789012345',
      account: '12345678',
      branch: null,
      dueDate: '2005-12-31',
    });
    // FinancialInstitutionBranch has no ID of its own here; the FinancialInstitution's ID below it is not a branch.
    expect(result.paymentMeans[11]).toMatchObject({ code: '31', account: '12345678901234567890', branch: null });
    expect(result.allowanceCharges).toEqual([
      {
        charge: false,
        amount: '800',
        baseAmount: '800',
        multiplierPercent: '1',
        reasonCode: null,
        reason: 'Aftalt rabat',
        taxCategory: 'StandardRated',
        taxPercent: '25',
      },
    ]);
    expect(result.taxSubtotals).toEqual([
      { taxableAmount: '10400', taxAmount: '2600', category: 'StandardRated', percent: '25', scheme: '63' },
    ]);
    expect(result.totals).toMatchObject({ allowanceTotal: '800', prepaid: '100', payable: '12900' });
  });

  it('reads a credit note with its billing reference and no type code', () => {
    const result = invoice('oioubl-2.0x/BASPRO_03_01_06_CreditNote_v2p2.xml');
    expect(result.kind).toBe('credit_note');
    expect(result.typeCode).toBeNull();
    expect(result.billingReferences).toEqual([{ id: 'A00095678', issueDate: '2005-11-20' }]);
    expect(result.lines[0]).toMatchObject({ id: '1', quantity: '1', lineAmount: '5000', unitCode: 'EA' });
  });

  it('keeps line-level billing references out of the header', () => {
    const result = invoice('oioubl-2.0x/CreditNoteStor_v2p2.xml');
    expect(result.billingReferences).toEqual([{ id: 'A00095678', issueDate: '2005-11-20' }]);
    expect(result.contractReferences).toEqual(['1']);
    expect(result.period).toEqual({ start: '2007-02-20', end: '2007-03-20' });
    expect(result.lines[0]).toMatchObject({ accountingCost: '5050', quantity: '1', price: '4000' });
  });

  it('reads the mixed tax categories of gobl_used-invoice_real.xml, excise included', () => {
    const result = invoice('oioubl-2.0x/gobl_used-invoice_real.xml');
    expect(result.taxSubtotals).toEqual([
      { taxableAmount: '5600', taxAmount: '1400', category: 'StandardRated', percent: '25', scheme: '63' },
      { taxableAmount: '100', taxAmount: '0', category: 'ZeroRated', percent: '0', scheme: '63' },
      { taxableAmount: '5000', taxAmount: '600', category: 'Excise', percent: '12', scheme: '31' },
    ]);
    // Both TaxTotals are in DKK (VAT and the excise): their tax is added.
    expect(result.taxAmount).toBe('2000');
    // The ContractDocumentReference with an embedded TIFF; not the ForeignExchangeContract's.
    expect(result.contractReferences).toEqual(['234']);
    expect(result.taxCurrency).toBe('DKK');
    expect(result.totals).toMatchObject({ chargeTotal: '15', prepaid: '50', payableRounding: '0.25', payable: '6969' });
    expect(result.supplier.cvr).toBe('16356700');
    expect(result.buyer).toMatchObject({ gln: '5798000416604', cvr: '16356700', name: 'Den Lille Skole' });
    // PayeeFinancialAccount, not PayerFinancialAccount.
    expect(result.paymentMeans[0]).toMatchObject({ code: '42', account: '1234567891', branch: '1234' });
    expect(result.paymentMeans[3]).toMatchObject({ code: '50', paymentId: '04', instructionId: '1234567890123456' });
    expect(result.lines[0]).toMatchObject({
      note: 'Note på linjen',
      accountingCost: '1234567890',
      buyersItemId: '4444',
      sellersItemId: '5712345780121',
      standardItemId: { value: '55555', scheme: null },
      classifications: [{ value: '12121212', scheme: 'UNSPSC' }],
      grossPrice: '5000',
      priceDiscount: '250',
      taxCategory: 'StandardRated',
      taxPercent: '25',
      taxAmount: '1250',
      allowanceCharges: [
        {
          charge: true,
          amount: '15',
          baseAmount: '150',
          multiplierPercent: '0.1',
          reasonCode: null,
          reason: 'Fragt',
          taxCategory: 'StandardRated',
          taxPercent: '25',
        },
      ],
    });
  });

  it('prefers the endpoint CVR and tells CVR from GLN parties', () => {
    // Endpoint DK12542976 although PartyLegalEntity says DK16356706.
    expect(invoice('oioubl-2.0x/COMDEL_01_01_00_Invoice_v2p2.xml').supplier.cvr).toBe('12542976');
    const comdel = invoice('oioubl-2.0x/COMDEL_02_02_00_Invoice_v2p2.xml');
    expect(comdel.supplier).toMatchObject({ gln: '5798003041308', cvr: '16356706', name: 'Revacenter BOMI' });
    expect(comdel.buyer).toMatchObject({ gln: null, cvr: '88666553' });
    // The BuyerCustomerParty (a person, DK:CPR) is not the AccountingCustomerParty.
    expect(invoice('oioubl-2.0x/COMORG_03_03_00_Invoice_v2p2.xml').buyer).toMatchObject({
      name: 'Ordrup Lægehus',
      cvr: '40416604',
    });
    // The endpoint GLN, not the PartyIdentification's.
    expect(invoice('oioubl-2.0x/ADVORD_03_03_00_Invoice_v2p2.xml').buyer.gln).toBe('5798000416604');
  });

  it('reads subscription units, ISBN item ids and prices per another unit', () => {
    const subscription = invoice('oioubl-2.0x/COMPAY_04_04_00_Invoice_v2p2.xml');
    expect(subscription.notes).toEqual(['Invoice note']);
    expect(subscription.lines[0]).toMatchObject({
      unitCode: 'ANN',
      baseQuantityUnitCode: 'ANN',
      sellersItemId: 'SE200304-675',
      standardItemId: { value: '8701411322-', scheme: 'ISBN' },
      price: '550',
    });
    expect(invoice('oioubl-2.0x/gobl_prices-advanced_real.xml').lines[4]).toMatchObject({
      quantity: '1',
      unitCode: 'BLL',
      price: '960',
      baseQuantity: '100',
      baseQuantityUnitCode: 'LTR',
      orderableUnitFactor: '0.75',
    });
  });

  it('reads card payment and document charges', () => {
    const result = invoice('oioubl-2.0x/COMPAY_01_01_00_Invoice_v2p2.xml');
    expect(result.salesOrderId).toBe('YTETXP');
    expect(result.paymentMeans).toEqual([
      { code: '48', paymentId: null, instructionId: null, account: null, branch: null, dueDate: '2006-01-15' },
    ]);
    expect(result.allowanceCharges).toMatchObject([
      { charge: true, amount: '75', multiplierPercent: '1', reason: 'Service Fee' },
    ]);
    expect(result.buyer.contact).toEqual({ id: 'EBS123123123', name: 'Keld Thomsen', email: null });
  });

  it('reads rounding, negative lines and "00" percentages', () => {
    const result = invoice('oioubl-2.0x/gobl_negative-rounding_real.xml');
    expect(result.totals.payableRounding).toBe('-0.01');
    expect(result.allowanceCharges[0]).toMatchObject({ charge: false, amount: '7.9', baseAmount: '98.8', taxPercent: '0' });
    expect(result.orderReference).toBe('n/a');
    expect(result.salesOrderId).toBe('30013');
    // An e-mail element holding only whitespace is no e-mail.
    expect(result.supplier.contact).toEqual({ id: 'n/a', name: 'Demo Firma Aps.', email: null });
    expect(result.lines[3]).toMatchObject({ lineAmount: '-320', price: '-160', baseQuantity: '1', taxAmount: '-80' });
  });
});

describe('OIOUBL 2.1', () => {
  it('reads the current example invoice', () => {
    const result = invoice('oioubl-2.1/OIOUBL_Invoice_v2p2.xml');
    expect(result.customizationId).toBe('OIOUBL-2.1');
    expect(result.profileId).toBe('urn:www.nesubl.eu:profiles:profile5:ver2.0');
    expect(result.buyer.gln).toBe('5798009811578');
    expect(result.supplier.cvr).toBe('16356706');
  });

  it('reads a credit note with a type code and GLN-addressed supplier', () => {
    const result = invoice('oioubl-2.1/gobl_credit-note.xml');
    expect(result.typeCode).toBe('381');
    expect(result.supplier).toMatchObject({ gln: '5798009811530', cvr: '16356700' });
    expect(result.billingReferences).toEqual([{ id: 'A00095678', issueDate: '2005-11-20' }]);
    expect(result.lines[0]).toMatchObject({ price: '5000', baseQuantity: null, sellersItemId: '5712345780121' });
  });

  it('reads reverse charge from the classified tax category and the line TaxTotal', () => {
    const result = invoice('oioubl-2.1/gobl_reverse-charge.xml');
    expect(result.lines[0]).toMatchObject({ taxCategory: 'ReverseCharge', taxPercent: '0', taxAmount: '0' });
    expect(result.taxSubtotals).toEqual([
      { taxableAmount: '5000', taxAmount: '0', category: 'ReverseCharge', percent: '0', scheme: '63' },
    ]);
    expect(result.buyer).toMatchObject({ cvr: null, gln: '5798000416604', taxIds: [{ value: 'SE123456789701', scheme: 'ZZZ' }] });
    expect(result.paymentMeans).toEqual([
      { code: '42', paymentId: null, instructionId: null, account: '1234567890', branch: '1234', dueDate: '2005-11-25' },
    ]);
  });
});

describe('Peppol BIS 3', () => {
  it('reads the master invoice', () => {
    const result = invoice('peppol-bis3-dk/BIS3_Invoice_Example_DK_Supplier_Master.xml');
    expect(result).toMatchObject({
      customizationId: 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
      profileId: 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0',
      typeCode: '380',
      number: '20150483',
      uuid: null,
      issueDate: '2018-04-01',
      dueDate: '2018-05-01',
      currency: 'DKK',
      taxCurrency: 'EUR',
      notes: ['Header note example'],
      buyerReference: '9000001234',
      accountingCost: '12345678',
      contractReferences: ['Contract-1223456'],
      orderReference: 'Order-123456',
      salesOrderId: 'SalesOrder-123456',
      projectReference: 'ProjRef-123456',
      billingReferences: [{ id: 'Inv-123456', issueDate: '2018-03-01' }],
      period: { start: '2018-03-01', end: '2018-03-31' },
      // The other payment means in the file are commented out.
      paymentMeans: [
        { code: '48', paymentId: '2015 0483 0000 0000', instructionId: null, account: null, branch: null, dueDate: null },
      ],
      // The second TaxTotal (EUR 5.88, the tax currency) is left out.
      taxAmount: '43.75',
      taxSubtotals: [
        { taxableAmount: '175', taxAmount: '43.75', category: 'S', percent: '25', scheme: 'VAT' },
        { taxableAmount: '1500', taxAmount: '0', category: 'Z', percent: '0', scheme: 'VAT' },
      ],
      totals: {
        lineExtension: '1575',
        taxExclusive: '1675',
        taxInclusive: '1718.75',
        allowanceTotal: '157.5',
        chargeTotal: '257.5',
        prepaid: '100',
        payableRounding: '0.25',
        payable: '1619',
      },
    });
    expect(result.supplier).toEqual({
      name: 'Supplier A/S',
      endpoint: { value: '5798009811578', scheme: '0088' },
      identifiers: [{ value: '12345678', scheme: '0184' }],
      legalIds: [{ value: '32081330', scheme: '0184' }],
      taxIds: [{ value: 'DK12345678', scheme: '0198' }],
      // PartyLegalEntity comes before PartyIdentification.
      cvr: '32081330',
      gln: '5798009811578',
      contact: { id: null, name: 'Hans Hansen', email: 'info@supp.dk' },
    });
    expect(result.buyer).toMatchObject({ name: 'Customer A/S', cvr: '12345678', gln: '5798009811578' });
    expect(result.allowanceCharges).toEqual([
      {
        charge: true,
        amount: '157.5',
        baseAmount: '1575',
        multiplierPercent: '10',
        reasonCode: 'ABS',
        reason: 'Canton Package',
        taxCategory: 'S',
        taxPercent: '25',
      },
      {
        charge: true,
        amount: '100',
        baseAmount: null,
        multiplierPercent: null,
        reasonCode: 'CAW',
        reason: 'Product take back fee',
        taxCategory: 'Z',
        taxPercent: '0',
      },
      {
        charge: false,
        amount: '157.5',
        baseAmount: '1575',
        multiplierPercent: '10',
        reasonCode: '95',
        reason: 'Discount',
        taxCategory: 'S',
        taxPercent: '25',
      },
    ]);
    expect(result.lines[0]).toEqual({
      id: '1',
      sourceLine: 455,
      note: 'line note',
      quantity: '3',
      unitCode: 'C62',
      lineAmount: '275',
      accountingCost: '12345678',
      period: { start: '2018-03-01', end: '2018-03-31' },
      orderLineId: '1',
      itemName: 'Product 1',
      description: 'Long description',
      sellersItemId: '54321',
      buyersItemId: '12345',
      standardItemId: { value: '5790000000123', scheme: '0160' },
      classifications: [{ value: '22334455', scheme: 'TST' }],
      price: '100',
      baseQuantity: '1',
      baseQuantityUnitCode: 'C62',
      orderableUnitFactor: null,
      grossPrice: '110',
      priceDiscount: '10',
      allowanceCharges: [
        {
          charge: true,
          amount: '5',
          baseAmount: null,
          multiplierPercent: null,
          reasonCode: 'CAW',
          reason: 'Product takt back fee',
          taxCategory: null,
          taxPercent: null,
        },
        {
          charge: false,
          amount: '30',
          baseAmount: '300',
          multiplierPercent: '10',
          reasonCode: '95',
          reason: 'Discount',
          taxCategory: null,
          taxPercent: null,
        },
      ],
      taxCategory: 'S',
      taxPercent: '25',
      taxAmount: null,
    });
    expect(result.lines[1]).toMatchObject({ taxCategory: 'Z', taxPercent: '0', grossPrice: '220', priceDiscount: '20' });
    expect(result.lines[2]).toMatchObject({ quantity: '-1', unitCode: 'P1', lineAmount: '-100', sourceLine: 601 });
  });

  it('reads a negative invoice in NOK', () => {
    const result = invoice('peppol-bis3-dk/BIS3_NegativInvoice_Example_NegativeLine.xml');
    expect(result.currency).toBe('NOK');
    expect(result.totals).toMatchObject({ lineExtension: '-300', taxInclusive: '-725', payable: '-725' });
    expect(result.taxAmount).toBe('-425');
    expect(result.taxSubtotals[0]).toMatchObject({ taxableAmount: '-1700', taxAmount: '-425', category: 'S' });
    expect(result.lines[2]).toMatchObject({
      id: '3',
      quantity: '-1',
      lineAmount: '-2000',
      price: '2000',
      itemName: 'Returned good',
    });
    expect(result.contractReferences).toEqual(['Contract-1223456']);
    expect(result.billingReferences).toEqual([{ id: 'Inv-123456', issueDate: '2017-10-12' }]);
    // A Norwegian supplier: no CVR, but a GLN.
    expect(result.supplier).toMatchObject({ cvr: null, gln: '5798009811578' });
  });

  it('reads a credit note', () => {
    const result = invoice('peppol-bis3-dk/BIS3_CreditNote_Example_DK_Supplier_Minor.xml');
    expect(result).toMatchObject({ kind: 'credit_note', typeCode: '381', issueDate: '2017-10-01', dueDate: null });
    expect(result.paymentMeans).toEqual([
      { code: '42', paymentId: '2015 0483 0000 0000', instructionId: null, account: '1234567890', branch: '1234', dueDate: null },
    ]);
    expect(result.lines.map((line) => line.quantity)).toEqual(['3', '5', '-1']);
  });
});
