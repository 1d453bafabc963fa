import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRatio, divideRatio, multiplyRatio, ratio } from '../money/ratio.js';
import { arithmeticDeviations, arithmeticTolerances, OIOUBL_TOLERANCES, PEPPOL_TOLERANCES } from './arithmetic.js';
import type { EInvoice, EInvoiceLine } from './document.js';
import { exact, exactText, roundToOre } from './exact.js';
import { balancedInvoice, testAllowanceCharge, testLine } from './test-documents.js';

/** The Peppol DK "Master" example: line charge and allowance, document allowance and charges, a negative line. */
const masterLines = [
  testLine('1', {
    quantity: '3',
    price: '100',
    lineAmount: '275',
    allowanceCharges: [testAllowanceCharge(true, '5'), testAllowanceCharge(false, '30')],
  }),
  testLine('2', {
    quantity: '5',
    price: '200',
    lineAmount: '1400',
    allowanceCharges: [testAllowanceCharge(true, '500'), testAllowanceCharge(false, '100')],
  }),
  testLine('3', { quantity: '-1', unitCode: 'P1', price: '100', lineAmount: '-100' }),
];
const masterCharges = [
  testAllowanceCharge(false, '157.50'),
  testAllowanceCharge(true, '200'),
  testAllowanceCharge(true, '57.50'),
];

describe('arithmeticDeviations: documents that add up', () => {
  it.each<[string, EInvoice]>([
    [
      'a Peppol invoice with line charge/allowance, document allowance and charges',
      balancedInvoice(masterLines, { allowanceCharges: masterCharges }),
    ],
    [
      'the same with a prepaid amount and payable rounding',
      balancedInvoice(masterLines, { allowanceCharges: masterCharges, prepaid: '100', rounding: '0.25' }),
    ],
    [
      'a price per base quantity 100 (10 × 250,00 ÷ 100 = 25,00)',
      balancedInvoice([
        testLine('1', { quantity: '10', price: '250', baseQuantity: '100', baseQuantityUnitCode: 'C62', lineAmount: '25' }),
      ]),
    ],
    [
      'a credit note (its amounts are positive)',
      {
        ...balancedInvoice([testLine('1', { quantity: '2', price: '500', lineAmount: '1000' })]),
        kind: 'credit_note',
        typeCode: '381',
      },
    ],
    [
      'a line of 3 × 0,335 = 1,005 rounded half away from zero to 1,01',
      balancedInvoice([testLine('1', { quantity: '3', price: '0.335', lineAmount: '1.01' })]),
    ],
    [
      'a line of 3 × 0,335 stated as 1,00 (0,005 off, within 0,02)',
      balancedInvoice([testLine('1', { quantity: '3', price: '0.335', lineAmount: '1.00' })]),
    ],
    [
      'VAT of 0,02 kr. at 25 % = 0,005, rounded to 0,01',
      balancedInvoice([testLine('1', { quantity: '1', price: '0.02', lineAmount: '0.02' })]),
    ],
    [
      'a negative invoice (all amounts below zero)',
      balancedInvoice([testLine('1', { quantity: '-2', price: '150', lineAmount: '-300' })]),
    ],
    ['a line without a price is not recomputed', balancedInvoice([testLine('1', { price: null, lineAmount: '123.45' })])],
  ])('given %s, then there are no arithmetic deviations', (_, doc) => {
    expect(arithmeticDeviations(doc)).toEqual([]);
  });
});

describe('arithmeticDeviations: documents that do not add up', () => {
  it('given a line amount 5,00 above quantity × price + charge − allowance, then the line is reported with the difference', () => {
    const lines = masterLines.map((l) => (l.id === '1' ? { ...l, lineAmount: '280' } : l));
    const found = arithmeticDeviations(balancedInvoice(lines, { allowanceCharges: masterCharges }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'arithmetic_line',
      severity: 'error',
      lineId: '1',
      amount: 500n,
      params: { expected: '275,00 kr.', found: '280,00 kr.', expectedValue: '275', foundValue: '280', difference: '5,00 kr.' },
    });
    expect(found[0]?.text).toBe(
      'Linje 1: 3 × 100,00 kr. + tillæg 5,00 kr. − rabat 30,00 kr. giver 275,00 kr., men linjebeløbet er 280,00 kr. (forskel 5,00 kr.).',
    );
  });

  it('given a line 0,025 off (3 × 0,335 stated as 1,03), then it is above 0,02 and the difference is 3 øre (half away from zero)', () => {
    const found = arithmeticDeviations(balancedInvoice([testLine('1', { quantity: '3', price: '0.335', lineAmount: '1.03' })]));
    expect(found.map((d) => [d.code, d.amount])).toEqual([['arithmetic_line', 3n]]);
  });

  it('given VAT 0,10 above 25 % of the taxable amount, then the VAT subtotal is reported', () => {
    const doc = balancedInvoice([testLine('1', { quantity: '10', price: '100', lineAmount: '1000' })]);
    const wrong: EInvoice = {
      ...doc,
      taxAmount: '250.1',
      taxSubtotals: [{ taxableAmount: '1000', taxAmount: '250.1', category: 'S', percent: '25', scheme: 'VAT' }],
      totals: { ...doc.totals, taxInclusive: '1250.1', payable: '1250.1' },
    };
    const found = arithmeticDeviations(wrong);
    expect(found.map((d) => [d.code, d.params.what, d.amount])).toEqual([['arithmetic_vat', 'vat_subtotal', 10n]]);
    expect(found[0]?.text).toBe(
      'Moms af 1.000,00 kr. med 25 % er 250,00 kr., men fakturaen angiver 250,10 kr. (forskel 0,10 kr.).',
    );
  });

  it('given a payable amount one krone too high, then the payable total is reported', () => {
    const doc = balancedInvoice(masterLines, { allowanceCharges: masterCharges, prepaid: '100', rounding: '0.25' });
    const found = arithmeticDeviations({
      ...doc,
      totals: { ...doc.totals, payable: exactText(addRatio(exact(doc.totals.payable), ratio(1))) },
    });
    expect(found.map((d) => [d.code, d.params.what, d.amount])).toEqual([['arithmetic_total', 'payable', 100n]]);
    expect(found[0]?.text).toContain(
      '− forudbetalt 100,00 kr. + afrunding 0,25 kr. giver 1.994,00 kr., men beløbet til betaling er 1.995,00 kr. (forskel 1,00 kr.).',
    );
  });

  it.each<[string, (d: EInvoice) => EInvoice, string]>([
    ['the line total', (d) => ({ ...d, totals: { ...d.totals, lineExtension: '1575.5' } }), 'line_extension'],
    ['the allowance total', (d) => ({ ...d, totals: { ...d.totals, allowanceTotal: '150' } }), 'allowance_total'],
    ['the charge total', (d) => ({ ...d, totals: { ...d.totals, chargeTotal: '250' } }), 'charge_total'],
    ['the tax-exclusive amount', (d) => ({ ...d, totals: { ...d.totals, taxExclusive: '1675.02' } }), 'tax_exclusive'],
    ['the tax-inclusive amount', (d) => ({ ...d, totals: { ...d.totals, taxInclusive: '1718.70' } }), 'tax_inclusive'],
    ['the tax total', (d) => ({ ...d, taxAmount: '43.7' }), 'tax_total'],
  ])('given %s wrong, then that total is reported (and what follows from it)', (_, breakIt, what) => {
    const found = arithmeticDeviations(breakIt(balancedInvoice(masterLines, { allowanceCharges: masterCharges })));
    expect(found.map((d) => d.params.what)).toContain(what);
    expect(found.every((d) => d.code !== 'arithmetic_line')).toBe(true);
  });

  it('given an excise subtotal (not VAT), then its tax is not recomputed but counts in the tax total', () => {
    const doc = balancedInvoice([testLine('1', { quantity: '1', price: '1000', lineAmount: '1000' })]);
    const withExcise: EInvoice = {
      ...doc,
      taxAmount: '370',
      taxSubtotals: [
        ...doc.taxSubtotals,
        { taxableAmount: '1000', taxAmount: '120', category: 'Excise', percent: '10', scheme: '31' },
      ],
      totals: { ...doc.totals, taxInclusive: '1370', payable: '1370' },
    };
    expect(arithmeticDeviations(withExcise)).toEqual([]);
  });
});

describe('arithmeticDeviations: OIOUBL', () => {
  const oioubl = (lines: EInvoiceLine[], over: Partial<EInvoice> = {}): EInvoice => {
    const doc = balancedInvoice(lines);
    return {
      ...doc,
      format: 'oioubl-2.0',
      customizationId: 'OIOUBL-2.02',
      taxSubtotals: doc.taxSubtotals.map((s) => ({ ...s, category: 'StandardRated', scheme: '63' })),
      totals: { ...doc.totals, taxExclusive: doc.taxAmount },
      ...over,
    };
  };

  it('given TaxExclusiveAmount holding the tax (OIOUBL meaning), then it is accepted', () => {
    expect(
      arithmeticDeviations(oioubl([testLine('1', { quantity: '2', price: '25', lineAmount: '50', unitCode: 'EA' })])),
    ).toEqual([]);
  });

  it.each<[string, boolean, Partial<EInvoiceLine>]>([
    [
      'price ÷ base quantity × quantity (F-INV340)',
      true,
      { quantity: '12', price: '120', baseQuantity: '2', baseQuantityUnitCode: 'BO', unitCode: 'BO', lineAmount: '720' },
    ],
    [
      'price × quantity in price units (the "Prices advanced" example)',
      true,
      { quantity: '6', price: '120', baseQuantity: '2', baseQuantityUnitCode: 'BO', unitCode: 'BO', lineAmount: '720' },
    ],
    [
      'another unit: price × quantity × OrderableUnitFactorRate (F-INV343)',
      true,
      {
        quantity: '1',
        unitCode: 'BLL',
        price: '960',
        baseQuantity: '100',
        baseQuantityUnitCode: 'LTR',
        orderableUnitFactor: '0.75',
        lineAmount: '720',
      },
    ],
    ["an amount 0,80 off: within OIOUBL's 1,00", true, { quantity: '1', price: '100', lineAmount: '100.8' }],
    ['an amount 1,50 off: beyond 1,00', false, { quantity: '1', price: '100', lineAmount: '101.5' }],
  ])('given a line with %s, then it passes: %s', (_, passes, over) => {
    const found = arithmeticDeviations(oioubl([testLine('1', over)]));
    expect(found.filter((d) => d.code === 'arithmetic_line').length === 0).toBe(passes);
  });

  it('given payable rounding included in the tax-inclusive amount (OIOUBL), then it is accepted', () => {
    const doc = oioubl([testLine('1', { quantity: '1', price: '90.9', lineAmount: '90.9' })]);
    // 90,90 + 22,73 (25 %, rounded) = 113,63; rounded down by 0,01 to 113,62 in TaxInclusiveAmount and PayableAmount
    const rounded: EInvoice = {
      ...doc,
      totals: { ...doc.totals, payableRounding: '-0.01', taxInclusive: '113.62', payable: '113.62' },
    };
    expect(arithmeticDeviations(rounded)).toEqual([]);
  });

  it("given a VAT subtotal 0,90 off, then it is within OIOUBL's 1,00", () => {
    const doc = oioubl([testLine('1', { quantity: '1', price: '1000', lineAmount: '1000' })]);
    const off: EInvoice = {
      ...doc,
      taxAmount: '250.9',
      taxSubtotals: doc.taxSubtotals.map((s) => ({ ...s, taxAmount: '250.9' })),
      totals: { ...doc.totals, taxExclusive: '250.9', taxInclusive: '1250.9', payable: '1250.9' },
    };
    expect(arithmeticDeviations(off)).toEqual([]);
  });

  it("given the formats, then the tolerances are OIOUBL's or Peppol's", () => {
    expect(arithmeticTolerances('oioubl-2.1')).toBe(OIOUBL_TOLERANCES);
    expect(arithmeticTolerances('oioubl-2.0')).toBe(OIOUBL_TOLERANCES);
    expect(arithmeticTolerances('peppol-bis3')).toBe(PEPPOL_TOLERANCES);
    expect(arithmeticTolerances('ubl')).toBe(PEPPOL_TOLERANCES);
  });
});

describe('arithmeticDeviations: property', () => {
  const decimal = (maxDecimals: number, min: number, max: number) =>
    fc
      .tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: 10 ** maxDecimals - 1 }))
      .map(([whole, fraction]) => exactText(addRatio(exact(whole), ratio(fraction, 10 ** maxDecimals))));
  const randomLine = fc.record({
    quantity: decimal(2, 1, 500),
    price: decimal(4, 0, 20000),
    baseQuantity: fc.constantFrom<string | null>(null, '1', '2', '12', '100', '0.5'),
  });
  const build = (specs: { quantity: string; price: string; baseQuantity: string | null }[]) =>
    specs.map((s, i) => {
      const amount = divideRatio(multiplyRatio(exact(s.quantity), exact(s.price)), exact(s.baseQuantity ?? '1'));
      return testLine(String(i + 1), { ...s, lineAmount: exactText(roundToOre(amount)) });
    });

  it('given random lines with correctly rounded amounts, then there are no arithmetic deviations', () => {
    fc.assert(
      fc.property(fc.array(randomLine, { minLength: 1, maxLength: 8 }), (specs) => {
        expect(arithmeticDeviations(balancedInvoice(build(specs)))).toEqual([]);
      }),
    );
  });

  it('given one line amount changed by 0,03 or more (Peppol), then exactly that line has an arithmetic_line deviation', () => {
    fc.assert(
      fc.property(
        fc.array(randomLine, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.integer({ min: 3, max: 100000 }),
        fc.boolean(),
        (specs, pick, changeOre, up) => {
          const lines = build(specs);
          const index = pick % lines.length;
          const doc = balancedInvoice(lines);
          const target = lines[index] as EInvoiceLine;
          const change = ratio(up ? changeOre : -changeOre, 100);
          const changed = { ...target, lineAmount: exactText(addRatio(exact(target.lineAmount), change)) };
          const found = arithmeticDeviations({ ...doc, lines: lines.map((l, i) => (i === index ? changed : l)) });
          const lineFindings = found.filter((d) => d.code === 'arithmetic_line');
          expect(lineFindings.map((d) => d.lineId)).toEqual([target.id]);
          expect(found.every((d) => d.code === 'arithmetic_line' || d.code === 'arithmetic_total')).toBe(true);
        },
      ),
    );
  });
});
