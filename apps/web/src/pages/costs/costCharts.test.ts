import { describe, expect, it } from 'vitest';
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
