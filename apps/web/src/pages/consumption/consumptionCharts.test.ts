import { describe, expect, it } from 'vitest';
import { monthChartOption, supplierChartOption } from './consumptionCharts.ts';

const texts = { within: 'Inden for kontrakt', outside: 'Uden for kontrakt', amount: String, axis: String };
const supplier = (supplierName: string, within: string, outside: string) => ({
  supplierId: null,
  supplierName,
  label: supplierName,
  supplierCvr: null,
  invoiced: '0',
  withinContracts: within,
  outsideContracts: outside,
  credited: '0.00',
  deviationAmount: '0.00',
  recovered: '0.00',
  invoiceCount: 1,
});

describe('monthChartOption', () => {
  it('given months, then there is one stacked bar per month, within and outside contract, with the month names', () => {
    const option = monthChartOption(
      [
        { month: '2026-01', withinContracts: '5050.00', outsideContracts: '0.00', total: '5050.00' },
        { month: '2026-02', withinContracts: '0.00', outsideContracts: '12.50', total: '12.50' },
      ],
      (m) => `måned ${m}`,
      texts,
    ) as { xAxis: { data: string[] }; series: { name: string; stack: string; data: number[] }[] };
    expect(option.xAxis.data).toEqual(['måned 2026-01', 'måned 2026-02']);
    expect(option.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['Inden for kontrakt', 'total', [5050, 0]],
      ['Uden for kontrakt', 'total', [0, 12.5]],
    ]);
  });
});

describe('supplierChartOption', () => {
  it('given suppliers largest first, then the largest is drawn at the top (the last category of a horizontal chart)', () => {
    const option = supplierChartOption([supplier('Stor', '100.00', '50.00'), supplier('Lille', '1.00', '0.00')], texts) as {
      yAxis: { data: string[] };
      series: { data: number[] }[];
    };
    expect(option.yAxis.data).toEqual(['Lille', 'Stor']);
    expect(option.series.map((s) => s.data)).toEqual([
      [1, 100],
      [0, 50],
    ]);
  });
});
