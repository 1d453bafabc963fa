import { describe, expect, it } from 'vitest';
import { type CheckInput, checkInvoice } from './check-invoice.js';
import type { ContractForControl, DeviationCode } from './control-types.js';
import type { EInvoice, EInvoiceLine } from './document.js';
import { CONTRACT as contract, inputOf as input, invoiceOf as invoice, ln, MARCH as march } from './rules/rule-tests.js';
import { testLine, testParty } from './test-documents.js';

const cleanLines = [ln('1', '1.2 Licens pr. bruger', '20', 'C62', '1020'), ln('2', '2 Drift marts', '1', 'MON', '5100')];

const codesOf = (doc: EInvoice, over: Partial<CheckInput> = {}) =>
  checkInvoice(input(doc, over)).deviations.map((d): [DeviationCode, string, string | null, bigint | null] => [
    d.code,
    d.severity,
    d.lineId,
    d.amount,
  ]);

describe('checkInvoice: an invoice that follows the contract', () => {
  const result = checkInvoice(input(invoice(cleanLines)));

  it('given the contract number and element numbers on the invoice, then everything matches and nothing deviates', () => {
    expect(result.deviations).toEqual([]);
    expect(result.maxSeverity).toBeNull();
    expect(result.deviationAmount).toBe(0n);
    expect(result.buyer).toMatchObject({ matched: true, unitId: 'u1', by: 'buyer_gln' });
    expect(result.contract).toMatchObject({ contractId: 'c1', step: 'contract_reference' });
  });

  it('then each line has its element, the regulated price and its amount in øre', () => {
    expect(result.lines.map((l) => [l.lineId, l.priceElementId, l.step, l.certain, l.allowedUnitPrice, l.amount])).toEqual([
      ['1', 'e-lic', 'price_element_number', true, '1020', 2040000n],
      ['2', 'e-drift', 'price_element_number', true, '5100', 510000n],
    ]);
    expect(result.totals).toEqual({ lineExtension: 2550000n, tax: 637500n, payable: 3187500n });
  });
});

describe('checkInvoice: price above the contract', () => {
  it('given 20 licences at 1.050,00 where 1.020,00 is allowed after regulation, then 600,00 kr. is too much', () => {
    const lines = [ln('1', '2 Drift marts', '1', 'MON', '5100'), ln('2', '1.2 Licens pr. bruger', '20', 'C62', '1050')];
    const result = checkInvoice(input(invoice(lines)));
    const price = result.deviations.find((d) => d.code === 'price_above_contract');
    expect(price).toMatchObject({ severity: 'error', lineId: '2', amount: 60000n });
    expect(price?.text).toBe(
      'Linje 2 (1.2 Licens pr. bruger): enhedsprisen 1.050,00 kr. er højere end kontraktens pris 1.000,00 kr. (1.020,00 kr. efter prisregulering pr. 1. januar 2024 med nettoprisindekset). For meget faktureret: 600,00 kr.',
    );
    expect(price?.params).toMatchObject({
      allowedPriceValue: '1020',
      regulationFactor: '1.02',
      regulatedOn: '2024-01-01',
      quantity: '20',
    });
    expect(result.deviationAmount).toBe(60000n);
    expect(result.maxSeverity).toBe('error');
  });

  it('given a price half an øre above the allowed price (1.020,005 → 1.020,01), then it is above after rounding', () => {
    expect(codesOf(invoice([ln('1', '1.2 Licens', '2', 'C62', '1020.005')]))).toContainEqual([
      'price_above_contract',
      'error',
      '1',
      1n,
    ]);
  });

  it('given a price less than half an øre above (1.020,004 → 1.020,00), then it is not above', () => {
    expect(codesOf(invoice([ln('1', '1.2 Licens', '2', 'C62', '1020.004')]))).toEqual([]);
  });

  it('given a monthly price on a yearly element (12 × 100,00 = 1.200,00 a year against 1.020,00 regulated), then the excess is per year', () => {
    const result = checkInvoice(input(invoice([ln('1', '3 Support', '12', 'MON', '100')])));
    const price = result.deviations.find((d) => d.code === 'price_above_contract');
    expect(price?.amount).toBe(18000n);
    expect(price?.text).toContain(
      'enhedsprisen 100,00 kr. pr. måned (1.200,00 kr. pr. år) er højere end kontraktens pris 1.000,00 kr.',
    );
  });

  it('given a price per base quantity (10.200,00 per 10 licences), then the unit price is 1.020,00 and allowed', () => {
    const line = testLine('1', {
      itemName: '1.2 Licens',
      quantity: '20',
      unitCode: 'C62',
      price: '10200',
      baseQuantity: '10',
      lineAmount: '20400',
    });
    expect(codesOf(invoice([line]))).toEqual([]);
  });

  it('given a negative line (a correction) at a high price, then it is not reported as too expensive', () => {
    expect(codesOf(invoice([...cleanLines, ln('3', '1.2 Licens retur', '-1', 'C62', '2000')]))).toEqual([]);
  });

  it('given a unit that cannot be compared, then unit_differs (info) and no price check', () => {
    expect(codesOf(invoice([ln('1', '2 Drift', '10', 'HUR', '9000')]))).toEqual([['unit_differs', 'info', '1', null]]);
  });

  it("given another currency than the contract's, then a warning and no price comparison", () => {
    expect(codesOf(invoice([ln('1', '1.2 Licens', '1', 'C62', '5000')], { currency: 'EUR' }))).toEqual([
      ['currency_differs', 'warning', null, null],
    ]);
  });
});

describe('checkInvoice: contract matching and the document', () => {
  it('given no reference, an unknown supplier and no contract, then no_contract (error, net amount) and the warnings', () => {
    const doc = invoice(cleanLines, { contractReferences: [] });
    expect(codesOf(doc, { supplierId: null, contracts: [] })).toEqual([
      ['unknown_supplier', 'warning', null, null],
      ['no_contract', 'error', null, 2550000n],
      ['missing_contract_reference', 'warning', null, null],
    ]);
  });

  it('given the controller marked it as outside contract, then an info with the reason and no error', () => {
    const result = checkInvoice(
      input(invoice(cleanLines), {
        contracts: [],
        assignment: { outsideContract: true, reason: 'Akut indkøb godkendt af direktionen' },
      }),
    );
    expect(result.deviations.map((d) => [d.code, d.severity, d.text])).toEqual([
      ['no_contract', 'info', 'Køb uden for kontrakt, godkendt af controlleren: Akut indkøb godkendt af direktionen'],
    ]);
    expect(result.contract).toMatchObject({ contractId: null, step: 'manual' });
    expect(result.maxSeverity).toBe('info');
    expect(result.deviationAmount).toBe(0n);
  });

  it('given the controller chose the contract, then it is used even without a reference', () => {
    const result = checkInvoice(
      input(invoice(cleanLines, { contractReferences: [] }), { supplierId: 's2', assignment: { contractId: 'c1' } }),
    );
    expect(result.contract).toMatchObject({ contractId: 'c1', step: 'manual' });
    expect(result.lines.every((l) => l.priceElementId !== null)).toBe(true);
  });

  it.each<[string, Partial<EInvoice>, Partial<CheckInput>, DeviationCode, string, bigint | null]>([
    ['a duplicate', {}, { duplicateOf: { invoiceId: 'i-9', number: 'F-1001' } }, 'duplicate_invoice', 'error', 3187500n],
    [
      'another buyer',
      { buyer: testParty({ gln: '5790000000005', cvr: '12345678' }) },
      {},
      'not_addressed_to_organisation',
      'error',
      null,
    ],
    [
      'a supplier CVR failing modulus 11 (DK16356706 of the OIOUBL examples)',
      { supplier: testParty({ cvr: '16356706' }) },
      {},
      'supplier_cvr_checksum',
      'warning',
      null,
    ],
    ['no responsible person', { buyerReference: null }, {}, 'missing_responsible_person', 'warning', null],
  ])('given %s, then %s', (_, over, inputOver, code, severity, amount) => {
    expect(codesOf(invoice(cleanLines, over), inputOver)).toEqual([[code, severity, null, amount]]);
  });

  it("given the buyer's contact person instead of a reference, then the responsible person is there", () => {
    const doc = invoice(cleanLines, {
      buyerReference: null,
      buyer: testParty({ gln: '5798009882806', contact: { id: null, name: 'Anna', email: null } }),
    });
    expect(codesOf(doc)).toEqual([]);
  });

  it('given an arithmetic error, then it is among the deviations', () => {
    const doc = invoice(cleanLines);
    expect(codesOf({ ...doc, totals: { ...doc.totals, payable: '31876' } })).toEqual([['arithmetic_total', 'error', null, 100n]]);
  });
});

describe('checkInvoice: contract term and operations start', () => {
  it('given December and January when the contract ends 31 December, then half the amount is outside (pro rata by days)', () => {
    const doc = invoice([ln('1', '2 Drift', '2', 'MON', '5100')], { period: { start: '2025-12-01', end: '2026-01-31' } });
    const result = checkInvoice(input(doc));
    const outside = result.deviations.find((d) => d.code === 'contract_not_in_force');
    expect(outside).toMatchObject({ severity: 'error', lineId: '1', amount: 510000n, params: { daysOutside: '31', days: '62' } });
    expect(outside?.text).toBe(
      'Linje 1 (2 Drift): perioden 1. december 2025 – 31. januar 2026 ligger delvis uden for kontraktens løbetid 1. januar 2022 – 31. december 2025 (31 af 62 dage). Beløb for dagene uden for kontrakten: 5.100,00 kr.',
    );
  });

  it('given an issue date before the contract and no period, then the whole line is outside', () => {
    const doc = invoice([ln('1', '1 Implementering', '10', 'HUR', '1100')], { period: null, issueDate: '2021-12-20' });
    expect(codesOf(doc)).toEqual([['contract_not_in_force', 'error', '1', 1100000n]]);
  });

  it('given operations from 16 March and a full March of operations, then 15 of 31 days are before operations start', () => {
    const started: ContractForControl = { ...contract, operationsStartOn: '2024-03-16' };
    const result = checkInvoice(input(invoice([ln('1', '2 Drift', '1', 'MON', '5100')]), { contracts: [started] }));
    // 5.100,00 × 15 ÷ 31 = 2.467,7419… → 2.467,74
    expect(result.deviations.map((d) => [d.code, d.amount, d.params.daysBefore])).toEqual([
      ['before_operations_start', 246774n, '15'],
    ]);
  });

  it('given a one-off element before operations start, then it is not an operations payment', () => {
    const started: ContractForControl = { ...contract, operationsStartOn: '2024-06-01' };
    expect(codesOf(invoice([ln('1', '1 Implementering', '10', 'HUR', '1122')]), { contracts: [started] })).toEqual([]);
  });
});

describe('checkInvoice: line matching', () => {
  it('given a line without an element number or mapping, then unknown_price_element with the line amount', () => {
    expect(codesOf(invoice([...cleanLines, ln('3', 'Kaffe', '1', 'C62', '45')]))).toEqual([
      ['unknown_price_element', 'warning', '3', 4500n],
    ]);
  });

  it('given a line that only resembles an element, then an info and no price check until it is confirmed', () => {
    const line = ln('3', 'Implementering af modul', '10', 'HUR', '2000');
    expect(codesOf(invoice([line]))).toEqual([['uncertain_line_match', 'info', '3', null]]);
    const confirmed = codesOf(invoice([line]), { lineAssignments: [{ lineId: '3', priceElementId: 'e-impl' }] });
    expect(confirmed).toEqual([['price_above_contract', 'error', '3', 878000n]]);
  });
});

describe('checkInvoice: quantities', () => {
  it('given 120 licences of a recurring element agreed at 100, then 20 too many at the allowed price', () => {
    const result = checkInvoice(input(invoice([ln('1', '1.2 Licens', '120', 'C62', '1020')])));
    expect(result.deviations.map((d) => [d.code, d.severity, d.amount, d.params.excess])).toEqual([
      ['quantity_above_agreed', 'warning', 2040000n, '20'],
    ]);
  });

  it('given hours invoiced before (90, 5 credited) and 25 now of 100 agreed, then 10 hours too many', () => {
    const result = checkInvoice(
      input(invoice([ln('1', '1 Implementering', '25', 'HUR', '1122')]), {
        invoicedBefore: [
          { invoiceId: 'i1', invoiceNumber: 'F-900', priceElementId: 'e-impl', period: null, quantity: '90', kind: 'invoice' },
          { invoiceId: 'i2', invoiceNumber: 'K-901', priceElementId: 'e-impl', period: null, quantity: '5', kind: 'credit_note' },
        ],
      }),
    );
    expect(result.deviations.map((d) => [d.code, d.amount, d.params.invoicedInTotal, d.params.excess])).toEqual([
      ['quantity_above_agreed', 1122000n, '110', '10'],
    ]);
  });

  it('given two lines on the same one-off element, then the second is counted on top of the first', () => {
    const lines = [
      ln('1', '1 Implementering uge 1', '60', 'HUR', '1122'),
      ln('2', '1 Implementering uge 2', '50', 'HUR', '1122'),
    ];
    expect(codesOf(invoice(lines))).toEqual([['quantity_above_agreed', 'warning', '2', 1122000n]]);
  });
});

describe('checkInvoice: recurring elements invoiced twice', () => {
  it('given March operations already on invoice F-0999, then the whole line is invoiced twice and F-0999 is named', () => {
    const result = checkInvoice(
      input(invoice([ln('1', '2 Drift', '1', 'MON', '5100')]), {
        invoicedBefore: [
          {
            invoiceId: 'i-999',
            invoiceNumber: 'F-0999',
            priceElementId: 'e-drift',
            period: { start: '2024-02-01', end: '2024-03-31' },
            quantity: '2',
            kind: 'invoice',
          },
        ],
      }),
    );
    const twice = result.deviations.find((d) => d.code === 'recurring_invoiced_twice');
    expect(twice).toMatchObject({
      severity: 'error',
      lineId: '1',
      amount: 510000n,
      params: { overlapDays: '31', earlierInvoices: 'F-0999' },
    });
    expect(twice?.text).toBe(
      'Linje 1 (2 Drift): perioden 1. marts 2024 – 31. marts 2024 er allerede faktureret for samme priselement på faktura F-0999 (31 af 31 dage). Beløb for de dobbelt fakturerede dage: 5.100,00 kr.',
    );
  });

  it('given two lines of this invoice on the same element with overlapping periods, then the later one is reported pro rata', () => {
    const lines = [
      ln('1', '2 Drift', '1', 'MON', '5100', { period: { start: '2024-03-01', end: '2024-03-31' } }),
      ln('2', '2 Drift', '1', 'MON', '5100', { period: { start: '2024-03-16', end: '2024-04-15' } }),
    ];
    // 16.–31. March = 16 of 31 days: 5.100,00 × 16 ÷ 31 = 2.632,2580… → 2.632,26
    expect(codesOf(invoice(lines))).toEqual([['recurring_invoiced_twice', 'error', '2', 263226n]]);
  });

  it('given an earlier credit note or the invoice this one duplicates, then no double invoicing is reported for them', () => {
    const before = [
      {
        invoiceId: 'i-1',
        invoiceNumber: 'K-1',
        priceElementId: 'e-drift',
        period: march,
        quantity: '1',
        kind: 'credit_note' as const,
      },
      {
        invoiceId: 'i-2',
        invoiceNumber: 'F-1001',
        priceElementId: 'e-drift',
        period: march,
        quantity: '1',
        kind: 'invoice' as const,
      },
    ];
    const codes = codesOf(invoice([ln('1', '2 Drift', '1', 'MON', '5100')]), {
      invoicedBefore: before,
      duplicateOf: { invoiceId: 'i-2', number: 'F-1001' },
    });
    expect(codes.map((c) => c[0])).toEqual(['duplicate_invoice']);
  });
});

describe('checkInvoice: credit notes', () => {
  const creditNote = (lines: EInvoiceLine[], over: Partial<EInvoice> = {}) => ({
    ...invoice(lines, over),
    kind: 'credit_note' as const,
    typeCode: '381',
  });

  it('given a credit note, then its lines and totals are negative and price, quantity and double invoicing are not checked', () => {
    const result = checkInvoice(
      input(creditNote([ln('1', '1.2 Licens', '200', 'C62', '2000')]), {
        invoicedBefore: [
          { invoiceId: 'i', invoiceNumber: 'F-1', priceElementId: 'e-lic', period: march, quantity: '1', kind: 'invoice' },
        ],
      }),
    );
    expect(result.deviations).toEqual([]);
    expect(result.lines.map((l) => [l.priceElementId, l.amount])).toEqual([['e-lic', -40000000n]]);
    expect(result.totals).toEqual({ lineExtension: -40000000n, tax: -10000000n, payable: -50000000n });
  });

  it("given a credit note outside the contract's term, then a warning without an amount", () => {
    expect(
      codesOf(creditNote([ln('1', '2 Drift', '1', 'MON', '5100')], { period: { start: '2026-01-01', end: '2026-01-31' } })),
    ).toEqual([['contract_not_in_force', 'warning', '1', null]]);
  });

  it('given a credit note without a contract, then a warning without an amount', () => {
    expect(codesOf(creditNote(cleanLines, { contractReferences: [] }), { contracts: [] })).toEqual([
      ['no_contract', 'warning', null, null],
      ['missing_contract_reference', 'warning', null, null],
    ]);
  });
});

describe('checkInvoice: the amount in question (amountInQuestion)', () => {
  it('given a duplicate without a contract (6.375,00 and 5.100,00, both the whole invoice), then the invoice’s 5.100,00 excl. VAT, not their sum', () => {
    const result = checkInvoice(
      input(invoice([ln('1', '2 Drift marts', '1', 'MON', '5100')], { contractReferences: [] }), {
        contracts: [],
        duplicateOf: { invoiceId: 'i-9', number: 'F-1001' },
      }),
    );
    expect(result.deviations.filter((d) => d.amount !== null).map((d) => [d.code, d.amount])).toEqual([
      ['duplicate_invoice', 637500n],
      ['no_contract', 510000n],
    ]);
    expect(result.deviationAmount).toBe(510000n);
  });

  it('given a duplicate credit note, then at most its amount without the sign', () => {
    const credit = { ...invoice([ln('1', '2 Drift marts', '1', 'MON', '5100')]), kind: 'credit_note' as const, typeCode: '381' };
    const result = checkInvoice(input(credit, { duplicateOf: { invoiceId: 'i-9', number: 'F-1001' } }));
    expect(result.totals.lineExtension).toBe(-510000n);
    expect(result.deviations.find((d) => d.code === 'duplicate_invoice')?.amount).toBe(637500n);
    expect(result.deviationAmount).toBe(510000n);
  });
});
