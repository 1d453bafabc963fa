import { describe, expect, it } from 'vitest';
import type { EInvoiceFormat, EInvoiceLine } from '../../document.js';
import { balancedInvoice, testAllowanceCharge, testLine } from '../../test-documents.js';
import { documentFigures } from './figures.js';
import { lineAmountAddsUp } from './line-amount.js';

const check = (line: EInvoiceLine, format: EInvoiceFormat = 'peppol-bis3') =>
  lineAmountAddsUp(documentFigures({ ...balancedInvoice([line]), format }), line);
const withCharges = [testAllowanceCharge(true, '5'), testAllowanceCharge(false, '30')];

describe('lineAmountAddsUp', () => {
  it.each<{ given: string; line: Partial<EInvoiceLine>; format?: EInvoiceFormat; expected: bigint | null }>([
    { given: '2 × 500,00 = 1.000,00', line: { quantity: '2', price: '500', lineAmount: '1000' }, expected: null },
    {
      given: '3 × 0,335 = 1,005 stated as 1,01 (half away from zero)',
      line: { quantity: '3', price: '0.335', lineAmount: '1.01' },
      expected: null,
    },
    {
      given: '3 × 0,335 stated as 1,03 (0,025 off, above 0,02)',
      line: { quantity: '3', price: '0.335', lineAmount: '1.03' },
      expected: 3n,
    },
    {
      given: '3 × 100,00 + charge 5,00 − allowance 30,00 = 275,00',
      line: { quantity: '3', price: '100', lineAmount: '275', allowanceCharges: withCharges },
      expected: null,
    },
    {
      given: 'the same stated without the allowance and charge (300,00)',
      line: { quantity: '3', price: '100', lineAmount: '300', allowanceCharges: withCharges },
      expected: 2500n,
    },
    {
      given: '10 × 250,00 ÷ base quantity 100 = 25,00',
      line: { quantity: '10', price: '250', baseQuantity: '100', lineAmount: '25' },
      expected: null,
    },
    {
      given: 'base quantity 0 (read as 1)',
      line: { quantity: '2', price: '7', baseQuantity: '0', lineAmount: '14' },
      expected: null,
    },
    {
      given: 'a negative quantity: −2 × 150,00 = −300,00',
      line: { quantity: '-2', price: '150', lineAmount: '-300' },
      expected: null,
    },
    { given: 'a zero quantity with an amount', line: { quantity: '0', price: '150', lineAmount: '150' }, expected: 15000n },
    { given: 'no price (not recomputed)', line: { price: null, lineAmount: '123.45' }, expected: null },
    {
      given: 'OIOUBL 0,90 off (within 1,00)',
      line: { quantity: '2', price: '500', lineAmount: '1000.90' },
      format: 'oioubl-2.1',
      expected: null,
    },
    {
      given: 'OIOUBL 1,50 off',
      line: { quantity: '2', price: '500', lineAmount: '1001.50' },
      format: 'oioubl-2.1',
      expected: 150n,
    },
    {
      given: 'OIOUBL price per month × OrderableUnitFactorRate 12 for a yearly line (1 × 100,00 × 12)',
      line: {
        quantity: '1',
        unitCode: 'ANN',
        price: '100',
        baseQuantityUnitCode: 'MON',
        orderableUnitFactor: '12',
        lineAmount: '1200',
      },
      format: 'oioubl-2.0',
      expected: null,
    },
    {
      given: 'OIOUBL line allowances repeated at document level (amount without them)',
      line: { quantity: '3', price: '100', lineAmount: '300', allowanceCharges: withCharges },
      format: 'oioubl-2.1',
      expected: null,
    },
  ])('given $given, then $expected', ({ line, format, expected }) => {
    const found = check(testLine('1', line), format);
    expect(found && [found.code, found.lineId, found.amount]).toEqual(
      expected === null ? null : ['arithmetic_line', '1', expected],
    );
  });

  it.each<[string, Partial<EInvoiceLine>, EInvoiceFormat, string]>([
    [
      'Peppol with charge and allowance',
      { quantity: '3', price: '100', lineAmount: '280', allowanceCharges: withCharges },
      'peppol-bis3',
      'Linje 1: 3 × 100,00 kr. + tillæg 5,00 kr. − rabat 30,00 kr. giver 275,00 kr., men linjebeløbet er 280,00 kr. (forskel 5,00 kr.).',
    ],
    [
      'a base quantity',
      { quantity: '10', price: '250', baseQuantity: '100', lineAmount: '30' },
      'peppol-bis3',
      'Linje 1: 10 × 250,00 kr. ÷ 100 giver 25,00 kr., men linjebeløbet er 30,00 kr. (forskel 5,00 kr.).',
    ],
    [
      'OIOUBL with a unit factor',
      {
        quantity: '1',
        unitCode: 'ANN',
        price: '100',
        baseQuantityUnitCode: 'MON',
        orderableUnitFactor: '12',
        lineAmount: '1000',
      },
      'oioubl-2.1',
      'Linje 1: 1 × 100,00 kr. × 12 giver 1.200,00 kr., men linjebeløbet er 1.000,00 kr. (forskel 200,00 kr.).',
    ],
  ])('given %s, then the text shows the formula', (_, line, format, text) => {
    expect(check(testLine('1', line), format)?.text).toBe(text);
  });
});
