import { describe, expect, it } from 'vitest';
import type { PriceRegulationTerms } from '../control-types.js';
import type { EInvoice } from '../document.js';
import type { CheckInput } from '../match-invoice.js';
import { testLine } from '../test-documents.js';
import { priceAboveContract } from './price-above-contract.js';
import { CONTRACT, invoiceOf, ln, pricedAt, summary } from './rule-tests.js';

/** Licences: 1.000,00 in the contract, 1.020,00 allowed from 1 January 2024 (index ×1,02). */
const above = (amount: bigint) => ['price_above_contract', 'error', '1', amount];
const regulated = (priceRegulation: PriceRegulationTerms): Partial<CheckInput> => ({
  contracts: [{ ...CONTRACT, priceRegulation }],
});

describe('priceAboveContract', () => {
  it.each<{ given: string; doc: EInvoice; over?: Partial<CheckInput>; expected: unknown }>([
    { given: 'the regulated price', doc: invoiceOf([ln('1', '1.2 Licens', '20', 'C62', '1020')]), expected: null },
    {
      given: '1.050,00 for 20 licences (30,00 too much each)',
      doc: invoiceOf([ln('1', '1.2 Licens', '20', 'C62', '1050')]),
      expected: above(60000n),
    },
    {
      given: 'half an øre above (1.020,005 rounds to 1.020,01)',
      doc: invoiceOf([ln('1', '1.2 Licens', '2', 'C62', '1020.005')]),
      expected: above(1n),
    },
    { given: 'less than half an øre above', doc: invoiceOf([ln('1', '1.2 Licens', '2', 'C62', '1020.004')]), expected: null },
    {
      given: 'a price per base quantity 10 (10.200,00 ÷ 10)',
      doc: invoiceOf([
        testLine('1', { itemName: '1.2 Licens', quantity: '20', price: '10200', baseQuantity: '10', lineAmount: '20400' }),
      ]),
      expected: null,
    },
    {
      given: 'a base quantity of 0 (read as 1)',
      doc: invoiceOf([
        testLine('1', { itemName: '1.2 Licens', quantity: '1', price: '1050', baseQuantity: '0', lineAmount: '1050' }),
      ]),
      expected: above(3000n),
    },
    {
      given: 'a monthly price on a yearly element (12 × 100,00 = 1.200,00 a year)',
      doc: invoiceOf([ln('1', '3 Support', '12', 'MON', '100')]),
      expected: above(18000n),
    },
    {
      given: 'an OIOUBL price per 12 units with OrderableUnitFactorRate (100,00 × 12 = 1.200,00 a year)',
      doc: invoiceOf(
        [
          testLine('1', {
            itemName: '3 Support',
            quantity: '1',
            unitCode: 'ANN',
            price: '100',
            baseQuantityUnitCode: 'MON',
            orderableUnitFactor: '12',
            lineAmount: '1200',
          }),
        ],
        { format: 'oioubl-2.1' },
      ),
      expected: above(18000n),
    },
    { given: 'a negative quantity (a correction)', doc: invoiceOf([ln('1', '1.2 Licens', '-1', 'C62', '2000')]), expected: null },
    {
      given: 'a zero quantity',
      doc: invoiceOf([ln('1', '1.2 Licens', '0', 'C62', '2000', { lineAmount: '0' })]),
      expected: null,
    },
    {
      given: 'no price on the line',
      doc: invoiceOf([ln('1', '1.2 Licens', '1', 'C62', '2000', { price: null })]),
      expected: null,
    },
    {
      given: 'another currency than the contract',
      doc: invoiceOf([ln('1', '1.2 Licens', '1', 'C62', '2000')], { currency: 'EUR' }),
      expected: null,
    },
    {
      given: 'a cap of 1 % on the regulation (1.010,00 allowed)',
      doc: invoiceOf([ln('1', '1.2 Licens', '1', 'C62', '1020')]),
      over: regulated({
        kind: 'index',
        index: 'NPI',
        baseMonth: '2022-01',
        date: '01-01',
        capPercent: '1',
        floorPercent: null,
        inForceFrom: '2022-01-01',
      }),
      expected: above(1000n),
    },
    {
      given: 'no regulation (1.000,00 allowed)',
      doc: invoiceOf([ln('1', '1.2 Licens', '1', 'C62', '1020')]),
      over: regulated({ kind: 'none' }),
      expected: above(2000n),
    },
  ])('given $given, then $expected', ({ doc, over, expected }) => {
    expect(summary(priceAboveContract(...pricedAt(doc, 0, over)))).toEqual(expected);
  });

  it.each([
    [
      'index',
      regulated(CONTRACT.priceRegulation),
      'Linje 1 (1.2 Licens): enhedsprisen 1.050,00 kr. er højere end kontraktens pris 1.000,00 kr. (1.020,00 kr. efter prisregulering pr. 1. januar 2024 med nettoprisindekset). For meget faktureret: 30,00 kr.',
    ],
    [
      'fixed percent',
      regulated({
        kind: 'fixed_percent',
        percent: '1.5',
        date: '01-01',
        capPercent: null,
        floorPercent: null,
        inForceFrom: '2023-01-01',
      }),
      'Linje 1 (1.2 Licens): enhedsprisen 1.050,00 kr. er højere end kontraktens pris 1.000,00 kr. (1.015,00 kr. efter prisregulering pr. 1. januar 2024 med 1,5 % om året). For meget faktureret: 35,00 kr.',
    ],
    [
      'none',
      regulated({ kind: 'none' }),
      'Linje 1 (1.2 Licens): enhedsprisen 1.050,00 kr. er højere end kontraktens pris 1.000,00 kr. For meget faktureret: 50,00 kr.',
    ],
  ])('given regulation %s, then the text explains the allowed price', (_, over, text) => {
    expect(priceAboveContract(...pricedAt(invoiceOf([ln('1', '1.2 Licens', '1', 'C62', '1050')]), 0, over))?.text).toBe(text);
  });
});
