import { describe, expect, it } from 'vitest';
import { monthChartOption, supplierChartOption } from '../consumption/consumptionCharts.ts';
import { comparisonChartHeight, comparisonChartOption, yearChartOption } from './costCharts.ts';

const texts = { amount: String, axis: String };

describe('yearChartOption', () => {
  it('given amounts per budget year, then there is one bar per year with the amount as a number', () => {
    const option = yearChartOption(
      [
        { year: 2019, amount: '3119178.08' },
        { year: 2020, amount: '0.00' },
      ],
      'Opkrævet',
      texts,
    ) as { xAxis: { data: string[] }; series: { name: string; type: string; data: number[] }[] };
    expect(option.xAxis.data).toEqual(['2019', '2020']);
    expect(option.series).toEqual([{ name: 'Opkrævet', type: 'bar', data: [3119178.08, 0] }]);
  });
});

describe('comparisonChartOption', () => {
  it('given two models, then each is a series named after it, the first municipality drawn at the top', () => {
    const option = comparisonChartOption(
      {
        names: ['Ny model', 'Gammel model'],
        members: [
          { code: '751', name: 'Aarhus', years: [], a: '100.00', b: '80.50', difference: '-19.50' },
          { code: '561', name: 'Esbjerg', years: [], a: '10.00', b: '12.00', difference: '2.00' },
        ],
      },
      texts,
    ) as { yAxis: { data: string[] }; series: { name: string; data: number[]; itemStyle?: { decal: unknown } }[] };
    expect(option.yAxis.data).toEqual(['Esbjerg', 'Aarhus']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['Ny model', [10, 100]],
      ['Gammel model', [12, 80.5]],
    ]);
    // The second model differs by pattern as well as colour.
    expect(option.series[1]?.itemStyle?.decal).toBeDefined();
  });

  it('given many municipalities, then the chart grows to give each room', () => {
    expect(comparisonChartHeight(1)).toBe(200);
    expect(comparisonChartHeight(98)).toBe(80 + 98 * 40);
  });
});

describe('every chart', () => {
  it('keeps its axis labels inside the chart, and an amount axis in whole kroner', () => {
    const charts = {
      years: yearChartOption([{ year: 2019, amount: '1.00' }], 'Opkrævet', texts),
      comparison: comparisonChartOption({ names: ['A', 'B'], members: [] }, texts),
      months: monthChartOption([], String, { ...texts, within: 'Inden for', outside: 'Uden for' }),
      suppliers: supplierChartOption([], { ...texts, within: 'Inden for', outside: 'Uden for' }),
    };
    for (const [name, option] of Object.entries(charts) as [string, Record<string, { type?: string } & object>][]) {
      // The labels of the bottom axis (years, months) were cut off at the canvas's edge.
      expect(option.grid, name).toMatchObject({ outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' });
      const amounts = [option.xAxis, option.yAxis].find((axis) => axis?.type === 'value');
      expect(amounts, name).toMatchObject({ minInterval: 1 });
    }
  });
});
