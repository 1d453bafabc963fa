import { describe, expect, it } from 'vitest';
import { moneyToOre, monthRows, oreToMoney, sumMoney, topSuppliers, yearChoices } from './consumptionData.ts';
import { currentYear, validateConsumptionSearch } from './consumptionSearch.ts';

const supplier = (supplierName: string, invoiced: string, supplierCvr: string | null = null) => ({
  supplierId: null,
  supplierName,
  supplierCvr,
  invoiced,
  withinContracts: invoiced,
  outsideContracts: '0.00',
  credited: '0.00',
  deviationAmount: '0.00',
  recovered: '0.00',
  invoiceCount: 1,
});

describe('money as text', () => {
  it('given amounts with one, two or no decimals and a sign, then they become øre exactly and back', () => {
    expect(moneyToOre('1234.5')).toBe(123450n);
    expect(moneyToOre('-0.07')).toBe(-7n);
    expect(moneyToOre('5000')).toBe(500000n);
    expect(oreToMoney(123450n)).toBe('1234.50');
    expect(oreToMoney(-7n)).toBe('-0.07');
  });

  it('given amounts a float would round, then their sum is exact', () => {
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
    expect(sumMoney(['999999999999999.99', '0.01'])).toBe('1000000000000000.00');
    expect(sumMoney(['5050.00', '-5050.00'])).toBe('0.00');
    expect(sumMoney([])).toBe('0.00');
  });

  it('given something that is not an amount, then it throws', () => {
    expect(() => moneyToOre('12,50')).toThrow();
  });
});

describe('monthRows', () => {
  it('given months out of order, then they come in calendar order with their total', () => {
    const rows = monthRows({
      months: [
        { month: '2026-02', withinContracts: '10.00', outsideContracts: '0.50' },
        { month: '2026-01', withinContracts: '0.00', outsideContracts: '5050.00' },
      ],
    });
    expect(rows.map((r) => [r.month, r.total])).toEqual([
      ['2026-01', '5050.00'],
      ['2026-02', '10.50'],
    ]);
  });
});

describe('topSuppliers', () => {
  it('given more suppliers than shown, then the largest come first, equal amounts by name, and the rest are left out', () => {
    const top = topSuppliers([supplier('B', '10.00'), supplier('Å', '99.00'), supplier('A', '10.00'), supplier('C', '1.00')], 3);
    expect(top.map((s) => s.supplierName)).toEqual(['Å', 'A', 'B']);
  });

  it('given suppliers whose credit notes cancel their invoices (0,00 or less), then they are not among the largest', () => {
    const top = topSuppliers([supplier('Tavleverandøren', '0.00'), supplier('Kreditor', '-3.00'), supplier('A', '0.01')]);
    expect(top.map((s) => s.label)).toEqual(['A']);
  });

  it('given two suppliers of the same name with different CVR numbers, then each is shown with its CVR number', () => {
    const top = topSuppliers([
      supplier('Tavleverandøren', '50.50', '16356700'),
      supplier('Tavleverandøren', '50.50', '16356706'),
      supplier('Aarstiderne', '3.88', '12542976'),
    ]);
    expect(top.map((s) => s.label)).toEqual(['Tavleverandøren (CVR 16356700)', 'Tavleverandøren (CVR 16356706)', 'Aarstiderne']);
  });
});

describe('yearChoices', () => {
  it('given this year, then every year from next year back to the first is offered, newest first', () => {
    expect(yearChoices(2026, 2026, 2020)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020]);
  });

  it('given a chosen year outside the range, then it is offered too', () => {
    expect(yearChoices(2026, 2040, 2024)).toEqual([2040, 2027, 2026, 2025, 2024]);
  });
});

describe('validateConsumptionSearch', () => {
  it('given a year in the API range, then it is kept; anything else is left out', () => {
    expect(validateConsumptionSearch({ year: '2005' })).toEqual({ year: 2005 });
    expect(validateConsumptionSearch({ year: 1999 })).toEqual({ year: undefined });
    expect(validateConsumptionSearch({ year: 'i år' })).toEqual({ year: undefined });
  });

  it('given New Year’s Eve late in UTC, then the year is Copenhagen’s', () => {
    expect(currentYear(new Date('2025-12-31T23:30:00Z'))).toBe(2026);
  });
});
