import type { CostComparison, YearAmount } from '@overblik/api';
import type { EChartsCoreOption } from 'echarts/core';
import {
  amountAxis,
  type ChartTexts,
  chartGrid,
  OUTSIDE_COLOUR,
  OUTSIDE_DECAL,
  WITHIN_COLOUR,
} from '../consumption/consumptionCharts.ts';
import { chartAmount } from '../consumption/consumptionData.ts';

/** How amounts are written in the charts (the tables under them carry the exact amounts). */
export type AmountTexts = Pick<ChartTexts, 'amount' | 'axis'>;

function tooltip(texts: AmountTexts) {
  return {
    trigger: 'axis',
    axisPointer: { type: 'shadow' },
    valueFormatter: (value: unknown) => (typeof value === 'number' ? texts.amount(value) : String(value ?? '')),
  };
}

/** One bar per budget year: what is invoiced with invoice dates in that year. */
export function yearChartOption(rows: readonly YearAmount[], seriesName: string, texts: AmountTexts): EChartsCoreOption {
  return {
    color: [WITHIN_COLOUR],
    tooltip: tooltip(texts),
    grid: chartGrid(24, 16),
    xAxis: { type: 'category', data: rows.map((r) => String(r.year)) },
    yAxis: amountAxis(texts),
    series: [{ name: seriesName, type: 'bar', data: rows.map((r) => chartAmount(r.amount)) }],
  };
}

/**
 * The two models side by side per municipality, as horizontal bars with the first municipality at the top; the
 * second model is striped as well as coloured, so the two never differ by colour alone.
 */
export function comparisonChartOption(
  comparison: Pick<CostComparison, 'names' | 'members'>,
  texts: AmountTexts,
): EChartsCoreOption {
  const shown = [...comparison.members].reverse();
  const [a, b] = comparison.names;
  return {
    color: [WITHIN_COLOUR, OUTSIDE_COLOUR],
    legend: { top: 0 },
    tooltip: tooltip(texts),
    grid: chartGrid(48, 24),
    xAxis: amountAxis(texts),
    yAxis: { type: 'category', data: shown.map((m) => m.name) },
    series: [
      { name: a, type: 'bar', data: shown.map((m) => chartAmount(m.a)) },
      { name: b, type: 'bar', itemStyle: { decal: OUTSIDE_DECAL }, data: shown.map((m) => chartAmount(m.b)) },
    ],
  };
}

/** Room for each municipality's pair of bars. */
export function comparisonChartHeight(members: number): number {
  return Math.max(200, 80 + members * 40);
}
