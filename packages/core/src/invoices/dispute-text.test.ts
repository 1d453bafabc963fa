import { describe, expect, it } from 'vitest';
import { amountInQuestion } from './amount-in-question.js';
import { checkInvoice, type InvoiceCheck } from './check-invoice.js';
import type { Deviation } from './control-types.js';
import { disputeText } from './dispute-text.js';
import { balancedInvoice, testContract, testElement, testLine } from './test-documents.js';

const doc = balancedInvoice(
  [testLine('1', { quantity: '20', price: '1050', lineAmount: '21000' })],
  {},
  { number: 'F-2024-117', issueDate: '2024-03-05' },
);

const finding = (over: Partial<Deviation>): Deviation => ({
  code: 'price_above_contract',
  severity: 'error',
  lineId: '1',
  amount: null,
  params: {},
  text: 'Tekst.',
  ...over,
});

const check = (deviations: Deviation[]): InvoiceCheck => ({
  buyer: { matched: true, unitId: 'u1', by: 'buyer_gln', explanation: '' },
  contract: { contractId: 'c1', step: 'contract_reference', explanation: '' },
  lines: [],
  deviations,
  totals: { lineExtension: 2100000n, tax: 525000n, payable: 2625000n },
  deviationAmount: amountInQuestion(deviations, 2100000n),
  maxSeverity: 'error',
});

const letter = (deviations: Deviation[], over: { comment?: string | null; contractNumber?: string | null } = {}) =>
  disputeText({
    doc,
    check: check(deviations),
    contractNumber: over.contractNumber === undefined ? 'K-2022-01' : over.contractNumber,
    supplierName: 'Systemhuset A/S',
    organisationName: 'Odder Kommune',
    comment: over.comment ?? null,
  });

describe('disputeText', () => {
  const deviations = [
    finding({
      amount: 60000n,
      text: 'Linje 1 (Licens): enhedsprisen 1.050,00 kr. er højere end kontraktens pris 1.020,00 kr. For meget faktureret: 600,00 kr.',
    }),
    finding({
      code: 'missing_contract_reference',
      severity: 'warning',
      lineId: null,
      text: 'Fakturaen angiver ikke kontraktens nummer.',
    }),
    finding({
      code: 'recurring_invoiced_twice',
      lineId: '2',
      amount: 510000n,
      text: 'Linje 2 (Drift): marts er allerede faktureret.',
    }),
    finding({ code: 'uncertain_line_match', severity: 'info', text: 'Intern note om et forslag.' }),
  ];
  const text = letter(deviations, { comment: 'Kontakt Anna Jensen, tlf. 12 34 56 78.' });
  const lines = text.split('\n');

  it('given a checked invoice, then the letter names the invoice, its date and amount, and the contract', () => {
    expect(lines.slice(0, 6)).toEqual([
      'Til: Systemhuset A/S',
      'Fra: Odder Kommune',
      '',
      'Vedrørende faktura nr. F-2024-117 af 5. marts 2024 på 26.250,00 kr.',
      '',
      'Vi har kontrolleret fakturaen mod kontrakt K-2022-01.',
    ]);
  });

  it('given errors and warnings, then they are numbered with their amounts, and info findings are left out', () => {
    expect(text).toContain(
      [
        '1. Linje 1 (Licens): enhedsprisen 1.050,00 kr. er højere end kontraktens pris 1.020,00 kr. For meget faktureret: 600,00 kr.',
        '   Beløb: 600,00 kr.',
        '2. Fakturaen angiver ikke kontraktens nummer.',
        '3. Linje 2 (Drift): marts er allerede faktureret.',
        '   Beløb: 5.100,00 kr.',
      ].join('\n'),
    );
    expect(text).not.toContain('Intern note');
    expect(text).toContain('Kontrollen har fundet følgende 3 forhold, som vi gør indsigelse mod:');
  });

  it('given amounts, then the total in question and a request for a credit note for it', () => {
    expect(lines).toContain('Beløb i alt, som vi gør indsigelse mod: 5.700,00 kr.');
    expect(lines).toContain(
      'Vi beder jer sende en kreditnota på 5.700,00 kr. for faktura nr. F-2024-117, eller kreditere fakturaen og sende en korrigeret faktura.',
    );
    expect(lines).toContain('Fakturaen betales ikke, før forholdene er afklaret.');
  });

  it('given a comment, then it is included, and the letter is signed by the organisation', () => {
    expect(lines).toContain('Bemærkning: Kontakt Anna Jensen, tlf. 12 34 56 78.');
    expect(text.endsWith('Med venlig hilsen\nOdder Kommune\n')).toBe(true);
  });

  it('given only warnings without amounts, then a total of 0,00 kr. and a request for a corrected invoice', () => {
    const only = letter([
      finding({ code: 'missing_responsible_person', severity: 'warning', lineId: null, text: 'Ingen ansvarlig person.' }),
    ]);
    expect(only).toContain('Beløb i alt, som vi gør indsigelse mod: 0,00 kr.');
    expect(only).toContain(
      'Vi beder jer kreditere faktura nr. F-2024-117 og sende en korrigeret faktura, der opfylder kontraktens krav.',
    );
    expect(only).not.toContain('kreditnota på');
  });

  it('given findings that overlap (two on one line, and no contract), then the total counts the money once', () => {
    const overlapping = letter(
      [
        finding({ amount: 60000n }),
        finding({ code: 'recurring_invoiced_twice', amount: 510000n }),
        finding({ code: 'no_contract', lineId: null, amount: 2100000n }),
      ],
      { contractNumber: null },
    );
    expect(overlapping).toContain('Beløb i alt, som vi gør indsigelse mod: 21.000,00 kr.');
    expect(overlapping).toContain('Vi beder jer sende en kreditnota på 21.000,00 kr. for faktura nr. F-2024-117');
  });

  it('given no contract, then the letter says the invoice could not be tied to a contract', () => {
    expect(letter([finding({ code: 'no_contract', amount: 2100000n })], { contractNumber: null })).toContain(
      'Vi har kontrolleret fakturaen, men kan ikke knytte den til en kontrakt med jer.',
    );
  });
});

describe('disputeText with a real check', () => {
  it('given an invoice checked by checkInvoice, then the letter lists its findings and asks for the deviation amount', () => {
    const contract = testContract('c1', {
      number: 'K-7',
      priceElements: [testElement('e1', { number: '4', name: 'Licens', unitPrice: '1000', recurrence: 'yearly' })],
    });
    const invoice = balancedInvoice(
      [testLine('1', { itemName: '4 Licens', quantity: '20', price: '1050', lineAmount: '21000' })],
      {},
      {
        contractReferences: [],
        number: 'F-55',
      },
    );
    const check = checkInvoice({
      doc: invoice,
      organisation: { cvr: '29189897', units: [] },
      supplierId: 's1',
      contracts: [contract],
      orderReferences: [],
      assignment: null,
      lineAssignments: [],
      indexValues: new Map(),
      invoicedBefore: [],
      duplicateOf: null,
    });
    const text = disputeText({
      doc: invoice,
      check,
      contractNumber: 'K-7',
      supplierName: null,
      organisationName: 'Odder Kommune',
      comment: null,
    });
    expect(check.deviationAmount).toBe(100000n);
    expect(text).toContain('Til: Leverandøren A/S');
    expect(text).toContain('1. Fakturaen angiver ikke kontraktens nummer (K-7). Kontraktens id skal stå på fakturaen.');
    expect(text).toContain(
      '2. Linje 1 (4 Licens): enhedsprisen 1.050,00 kr. er højere end kontraktens pris 1.000,00 kr. For meget faktureret: 1.000,00 kr.',
    );
    expect(text).toContain('Beløb i alt, som vi gør indsigelse mod: 1.000,00 kr.');
    expect(text).toContain('Vi beder jer sende en kreditnota på 1.000,00 kr. for faktura nr. F-55');
  });
});
