import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideRatio } from '../money/ratio.js';
import type { CalendarDate } from '../time/calendar-date.js';
import type { IndexValues, PriceRegulationTerms } from './control-types.js';
import { exact, roundedText } from './exact.js';
import { allowedUnitPrice, indexMonthAt, priceIndexKey, regulationDates } from './price-regulation.js';

/** Danmarks Statistik, nettoprisindeks (2015 = 100), as shipped in packages/db/data/nettoprisindeks.csv. */
const NETTOPRISINDEKS: IndexValues = new Map([
  ['2019-12', '103.4'],
  ['2020-01', '103.6'],
  ['2020-02', '104.3'],
  ['2020-12', '103.4'],
  ['2021-01', '103.8'],
  ['2021-02', '104.4'],
  ['2021-12', '106.5'],
  ['2022-01', '107.9'],
  ['2022-02', '109.5'],
  ['2022-12', '116.0'],
  ['2023-01', '117.4'],
  ['2023-02', '118.5'],
  ['2023-12', '117.2'],
  ['2024-01', '118.1'],
]);

const index = (over: Partial<Extract<PriceRegulationTerms, { kind: 'index' }>> = {}): PriceRegulationTerms => ({
  kind: 'index',
  index: 'nettoprisindeks',
  baseMonth: '2020-01',
  date: '01-01',
  capPercent: null,
  floorPercent: null,
  inForceFrom: '2020-03-01',
  ...over,
});
const fixed = (over: Partial<Extract<PriceRegulationTerms, { kind: 'fixed_percent' }>> = {}): PriceRegulationTerms => ({
  kind: 'fixed_percent',
  percent: '2',
  date: '01-01',
  capPercent: null,
  floorPercent: null,
  inForceFrom: '2022-01-01',
  ...over,
});

describe('allowedUnitPrice: no regulation', () => {
  it.each<[string, PriceRegulationTerms]>([
    ['terms "none"', { kind: 'none' }],
    ['an index without a base month', index({ baseMonth: null })],
    ['a fixed percent without inForceFrom', fixed({ inForceFrom: null })],
    ['a fixed percent without a percent', fixed({ percent: null })],
  ])('given %s, then the price stays the contract price', (_, terms) => {
    expect(allowedUnitPrice('1000', terms, '2030-01-01', NETTOPRISINDEKS)).toEqual({
      price: '1000',
      factor: '1',
      steps: [],
      indexMissing: null,
    });
  });

  it('given a day before the first regulation date, then the price is the contract price', () => {
    expect(allowedUnitPrice('1000', index(), '2020-12-31', NETTOPRISINDEKS)).toMatchObject({
      price: '1000',
      factor: '1',
      steps: [],
    });
  });
});

describe('allowedUnitPrice: nettoprisindeks, base month January 2020, regulated on 1 January', () => {
  it.each<[CalendarDate, string, string, string[]]>([
    ['2021-01-01', '1000', '1', ['2020-01']],
    ['2022-01-01', '1001.9305019305', '1.0019305019', ['2020-01', '2021-01']],
    ['2022-12-31', '1001.9305019305', '1.0019305019', ['2020-01', '2021-01']],
    ['2023-01-01', '1041.5057915058', '1.0415057915', ['2020-01', '2021-01', '2022-01']],
    ['2024-01-01', '1133.2046332046', '1.1332046332', ['2020-01', '2021-01', '2022-01', '2023-01']],
  ])('given the day %s, then 1.000 kr. may be %s kr. (factor %s) with the index months %j', (on, price, factor, months) => {
    const result = allowedUnitPrice('1000', index(), on, NETTOPRISINDEKS);
    expect(result).toMatchObject({ price, factor, indexMissing: null });
    expect(result.steps.map((s) => s.indexMonth)).toEqual(months);
  });

  it('given a 3 % cap, then each year is capped by itself (2023: +3,95 % → 3 %, 2024: +8,80 % → 3 %)', () => {
    const result = allowedUnitPrice('1000', index({ capPercent: '3' }), '2024-01-01', NETTOPRISINDEKS);
    expect(result.price).toBe('1062.9480694981');
    expect(result.steps.map((s) => [s.on, s.change, s.factor, s.limitedBy])).toEqual([
      ['2021-01-01', '1', '1', null],
      ['2022-01-01', '1.0019305019', '1.0019305019', null],
      ['2023-01-01', '1.0394990366', '1.03', 'cap'],
      ['2024-01-01', '1.0880444856', '1.03', 'cap'],
    ]);
  });

  it('given a floor of 0 % and a falling index, then the price does not fall', () => {
    const falling: IndexValues = new Map([
      ['2020-01', '110'],
      ['2021-01', '105'],
    ]);
    const result = allowedUnitPrice('1000', index({ floorPercent: '0' }), '2022-01-01', falling);
    expect(result).toMatchObject({ price: '1000', factor: '1' });
    expect(result.steps.at(-1)).toMatchObject({ limitedBy: 'floor', change: '0.9545454545' });
  });

  it('given the index month 2023-01 missing, then December 2022 is used and the missing month is named', () => {
    const without = new Map([...NETTOPRISINDEKS].filter(([month]) => month !== '2023-01'));
    const result = allowedUnitPrice('1000', index(), '2024-01-01', without);
    expect(result).toMatchObject({ price: '1119.6911196911', indexMissing: '2023-01' });
    expect(result.steps.at(-1)).toMatchObject({ indexMonth: '2023-01', indexValue: '116', previousMonth: '2022-01' });
  });

  it('given no index values at all, then nothing is regulated and the base month is named as missing', () => {
    expect(allowedUnitPrice('1000', index(), '2024-01-01', new Map())).toMatchObject({
      price: '1000',
      factor: '1',
      indexMissing: '2020-01',
    });
  });

  it('given no cap or floor, then the factor is I(latest index month) ÷ I(base month), whatever the years between', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 800, max: 1500 }), { minLength: 6, maxLength: 6 }), (values) => {
        const series: IndexValues = new Map(values.map((v, i) => [`${2020 + i}-01`, (v / 10).toFixed(1)]));
        const result = allowedUnitPrice('1000', index(), '2025-01-01', series);
        const expected = divideRatio(exact(series.get('2024-01') ?? '1'), exact(series.get('2020-01') ?? '1'));
        expect(result.factor).toBe(roundedText(expected, 10));
      }),
    );
  });
});

describe('allowedUnitPrice: fixed percent', () => {
  it.each<[CalendarDate, string, number]>([
    ['2022-12-31', '1000', 0],
    ['2023-01-01', '1020', 1],
    ['2024-06-01', '1040.4', 2],
  ])('given 2 %% a year from 1 January 2022, on %s the price is %s kr. after %i regulations', (on, price, count) => {
    const result = allowedUnitPrice('1000', fixed(), on, new Map());
    expect(result.price).toBe(price);
    expect(result.steps).toHaveLength(count);
  });

  it('given 5 % with a 3 % cap, then 3 % is applied', () => {
    expect(allowedUnitPrice('1000', fixed({ percent: '5', capPercent: '3' }), '2023-01-01', new Map()).price).toBe('1030');
  });
});

describe('regulation dates', () => {
  it('given 29 February as regulation date, then non-leap years use 28 February', () => {
    const terms = fixed({ date: '02-29', inForceFrom: '2023-03-01' });
    expect(regulationDates(terms, '2028-12-31')).toEqual(['2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29']);
    expect(allowedUnitPrice('100', terms, '2025-02-27', new Map()).steps).toEqual([]);
    expect(allowedUnitPrice('100', terms, '2025-02-28', new Map()).price).toBe('102');
  });

  it('given no regulation date, then 1 January is used, the first at least 12 months after the start', () => {
    expect(regulationDates(fixed({ date: null, inForceFrom: '2022-01-02' }), '2025-01-01')).toEqual(['2024-01-01', '2025-01-01']);
    expect(regulationDates(fixed({ date: null, inForceFrom: '2022-01-01' }), '2024-01-01')).toEqual(['2023-01-01', '2024-01-01']);
  });

  it.each<[string, CalendarDate, string]>([
    ['2020-01', '2022-01-01', '2021-01'],
    ['2020-01', '2021-02-15', '2020-01'],
    ['2020-01', '2021-03-01', '2021-01'],
    ['2020-06', '2022-01-01', '2021-06'],
    ['2020-11', '2022-01-01', '2021-11'],
    ['2020-12', '2022-01-01', '2020-12'],
  ])('given base month %s and a regulation on %s, then the index month is %s (a full month before)', (base, on, month) => {
    expect(indexMonthAt(base, on)).toBe(month);
  });
});

describe("the key a contract's price index is stored under", () => {
  it.each([
    ['Nettoprisindeks', 'nettoprisindeks'],
    [' Nettoprisindekset ', 'nettoprisindeks'],
    ['NPI', 'nettoprisindeks'],
    ['npi', 'nettoprisindeks'],
    ['Forbrugerprisindeks', 'forbrugerprisindeks'],
    ['  Lønindeks  ', 'lønindeks'],
  ])('given %j, then %j', (name, key) => {
    expect(priceIndexKey(name)).toBe(key);
  });
});
