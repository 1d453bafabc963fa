import type { EChartsCoreOption } from 'echarts/core';
import { chartAmount, type MonthRow, type TopSupplier } from './consumptionData.ts';

/** DKFDS primary blue for purchases within contract, a dark orange for those outside … */
export const WITHIN_COLOUR = '#0059b3';
export const OUTSIDE_COLOUR = '#a34700';
/** … and diagonal stripes on those outside, so the two never differ by colour alone (also in the legend). */
export const OUTSIDE_DECAL = {
  symbol: 'rect',
  symbolSize: 1,
  dashArrayX: [1, 0],
  dashArrayY: [3, 4],
  rotation: -Math.PI / 4,
  color: 'rgba(255, 255, 255, 0.7)',
};

export type ChartTexts = {
  within: string;
  outside: string;
  /** An amount in a tooltip: "1.234,50 DKK". */
  amount: (value: number) => string;
  /** An amount on the value axis: "1.235". */
  axis: (value: number) => string;
};

/**
 * The plot area, `top` pixels below the chart's top (room for a legend) and `right` from its right edge, with the
 * axis labels kept inside the chart: ECharts lays the axes out on this rectangle and then shrinks it until every
 * label fits in it. Without that, ECharts 6 counted only on the canvas's edges and the labels of the bottom axis
 * (months, years) were cut off there.
 */
export function chartGrid(top: number, right: number) {
  return { top, left: 8, right, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } as const;
}

/** An amount axis: whole kroner, never the same rounded label twice (as 0, 0, 1, 1 on an empty year). */
export function amountAxis(texts: Pick<ChartTexts, 'axis'>) {
  return { type: 'value', minInterval: 1, axisLabel: { formatter: texts.axis } } as const;
}

/** What both charts share: colours, legend and tooltip. */
function common(texts: ChartTexts) {
  return {
    color: [WITHIN_COLOUR, OUTSIDE_COLOUR],
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value: unknown) => (typeof value === 'number' ? texts.amount(value) : String(value ?? '')),
    },
  };
}

/** Stacked bars per month: invoiced within and outside contracts. */
export function monthChartOption(
  rows: readonly MonthRow[],
  monthLabel: (month: string) => string,
  texts: ChartTexts,
): EChartsCoreOption {
  return {
    ...common(texts),
    grid: chartGrid(48, 16),
    xAxis: { type: 'category', data: rows.map((r) => monthLabel(r.month)) },
    yAxis: amountAxis(texts),
    series: [
      { name: texts.within, type: 'bar', stack: 'total', data: rows.map((r) => chartAmount(r.withinContracts)) },
      {
        name: texts.outside,
        type: 'bar',
        stack: 'total',
        itemStyle: { decal: OUTSIDE_DECAL },
        data: rows.map((r) => chartAmount(r.outsideContracts)),
      },
    ],
  };
}

/** Horizontal stacked bars for the largest suppliers, the largest at the top. */
export function supplierChartOption(suppliers: readonly TopSupplier[], texts: ChartTexts): EChartsCoreOption {
  const shown = [...suppliers].reverse();
  return {
    ...common(texts),
    grid: chartGrid(48, 24),
    xAxis: amountAxis(texts),
    yAxis: { type: 'category', data: shown.map((s) => s.label) },
    series: [
      { name: texts.within, type: 'bar', stack: 'total', data: shown.map((s) => chartAmount(s.withinContracts)) },
      {
        name: texts.outside,
        type: 'bar',
        stack: 'total',
        itemStyle: { decal: OUTSIDE_DECAL },
        data: shown.map((s) => chartAmount(s.outsideContracts)),
      },
    ],
  };
}
