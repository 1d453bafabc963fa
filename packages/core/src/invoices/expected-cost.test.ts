import { describe, expect, it } from 'vitest';
import { multiplyRatio, ratio } from '../money/ratio.js';
import type { CalendarDate } from '../time/calendar-date.js';
import type { PriceElementForControl, PriceRegulationTerms } from './control-types.js';
import { exactText, roundedText } from './exact.js';
import { expectedCost, monthsCovered } from './expected-cost.js';
import { testElement } from './test-documents.js';

const none: PriceRegulationTerms = { kind: 'none' };
const cost = (
  elements: PriceElementForControl[],
  start: CalendarDate,
  end: CalendarDate,
  regulation: PriceRegulationTerms = none,
) => expectedCost(elements, { start, end }, regulation, new Map());

describe('monthsCovered', () => {
  it.each<[CalendarDate, CalendarDate, string]>([
    ['2024-01-01', '2024-12-31', '12'],
    ['2024-02-01', '2024-02-29', '1'],
    ['2023-02-01', '2023-02-28', '1'],
    ['2024-02-01', '2024-02-28', '0.9655172414'],
    ['2024-02-01', '2024-02-14', '0.4827586207'],
    ['2023-02-01', '2023-02-14', '0.5'],
    ['2024-03-16', '2024-03-31', '0.5161290323'],
    ['2024-01-31', '2024-02-29', '1.0322580645'],
    ['2024-01-16', '2024-03-31', '2.5161290323'],
    ['2024-12-31', '2025-01-01', '0.064516129'],
    ['2024-05-01', '2024-04-30', '0'],
  ])('given %s – %s, then the months are %s', (start, end, months) => {
    expect(roundedText(monthsCovered(start, end), 10)).toBe(months);
  });

  it('given a part month, then it is exact: 14 of 29 days', () => {
    expect(exactText(multiplyRatio(monthsCovered('2024-02-01', '2024-02-14'), ratio(29)))).toBe('14');
  });
});

describe('expectedCost', () => {
  it('given a monthly element for a year, then 12 × the price × the quantity', () => {
    const result = cost(
      [testElement('drift', { recurrence: 'monthly', unitCode: 'MON', unitPrice: '5000', quantity: '1' })],
      '2024-01-01',
      '2024-12-31',
    );
    expect(result).toEqual({ total: 6000000n, elements: [{ priceElementId: 'drift', amount: 6000000n, months: '12' }] });
  });

  it.each<[string, bigint, Partial<PriceElementForControl>, CalendarDate, CalendarDate, string]>([
    ['leap-year February, monthly', 290000n, { recurrence: 'monthly', unitPrice: '2900' }, '2024-02-01', '2024-02-29', '1'],
    [
      '28 of 29 days of leap-year February',
      280000n,
      { recurrence: 'monthly', unitPrice: '2900' },
      '2024-02-01',
      '2024-02-28',
      '0.9655172414',
    ],
    [
      'the second half of March',
      160000n,
      { recurrence: 'monthly', unitPrice: '3100' },
      '2024-03-16',
      '2024-03-31',
      '0.5161290323',
    ],
    [
      'a quarter of a quarterly price',
      1800000n,
      { recurrence: 'quarterly', unitPrice: '9000', quantity: '2' },
      '2024-04-01',
      '2024-06-30',
      '3',
    ],
    [
      'one month of a half-yearly price',
      10000n,
      { recurrence: 'half_yearly', unitPrice: '600' },
      '2024-07-01',
      '2024-07-31',
      '1',
    ],
    [
      'validTo 15 June inside the year (5½ months of a yearly price × 2)',
      1100000n,
      { recurrence: 'yearly', unitPrice: '12000', quantity: '2', validTo: '2024-06-15' },
      '2024-01-01',
      '2024-12-31',
      '5.5',
    ],
    [
      'validFrom after the period',
      0n,
      { recurrence: 'monthly', unitPrice: '100', validFrom: '2025-01-01' },
      '2024-01-01',
      '2024-12-31',
      '0',
    ],
    [
      'a third of a month at 100,00 (33,333… → 33,33)',
      3333n,
      { recurrence: 'monthly', unitPrice: '100', validFrom: '2024-04-11', validTo: '2024-04-20' },
      '2024-04-01',
      '2024-04-30',
      '0.3333333333',
    ],
    [
      'half a month at 0,01 (0,005 → 0,01, half away from zero)',
      1n,
      { recurrence: 'monthly', unitPrice: '0.01' },
      '2024-04-01',
      '2024-04-15',
      '0.5',
    ],
  ])('given %s, then the amount is %s øre', (_, amount, over, start, end, months) => {
    expect(cost([testElement('e', over)], start, end).elements).toEqual([{ priceElementId: 'e', amount, months }]);
  });

  it('given one-off elements, then they are not expected costs', () => {
    const result = cost(
      [
        testElement('impl', { recurrence: 'one_off', unitPrice: '100000' }),
        testElement('m', { recurrence: 'monthly', unitPrice: '10' }),
      ],
      '2024-01-01',
      '2024-01-31',
    );
    expect(result).toEqual({ total: 1000n, elements: [{ priceElementId: 'm', amount: 1000n, months: '1' }] });
  });

  it('given price regulation, then the price allowed at the period start is used', () => {
    const regulation: PriceRegulationTerms = {
      kind: 'fixed_percent',
      percent: '2',
      date: '01-01',
      capPercent: null,
      floorPercent: null,
      inForceFrom: '2023-01-01',
    };
    const result = cost([testElement('m', { recurrence: 'monthly', unitPrice: '1000' })], '2024-01-01', '2024-03-31', regulation);
    expect(result.total).toBe(306000n);
  });
});
