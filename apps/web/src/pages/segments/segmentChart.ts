import type { SegmentKey, SegmentMatrixItem } from '@overblik/api';
import { SEGMENTS } from '@overblik/core';
import type { EChartsCoreOption } from 'echarts/core';

/**
 * The Kraljic matrix as a scatter plot: supply risk across, importance up, the threshold drawn on both axes and the
 * quadrants named. Each segment has its own colour and its own symbol (so they never differ by colour alone); a
 * supplier not yet placed is drawn hollow and grey at its proposed place. The table under the chart holds the same
 * figures.
 */
export const SEGMENT_STYLE: Record<SegmentKey, { colour: string; symbol: string }> = {
  strategic: { colour: '#0059b3', symbol: 'circle' },
  bottleneck: { colour: '#a34700', symbol: 'triangle' },
  leverage: { colour: '#008139', symbol: 'diamond' },
  routine: { colour: '#5c5c5c', symbol: 'rect' },
};
const UNPLACED = { colour: '#767676', symbol: 'emptyCircle' };

export type SegmentChartTexts = {
  segments: Record<SegmentKey, string>;
  unplaced: string;
  importance: string;
  supplyRisk: string;
};

type Point = { value: [number, number]; name: string };

/** Where a supplier is drawn: its placement's scores and segment, else its proposal's. */
function pointOf(item: SegmentMatrixItem): { segment: SegmentKey | null; point: Point } {
  const at = item.placement ?? item.proposal;
  return { segment: item.placement?.segment ?? null, point: { value: [at.supplyRisk, at.importance], name: item.supplierName } };
}

export function segmentChartOption(
  items: readonly SegmentMatrixItem[],
  highFrom: number,
  texts: SegmentChartTexts,
): EChartsCoreOption {
  const bySegment = new Map<SegmentKey | null, Point[]>();
  for (const item of items) {
    const { segment, point } = pointOf(item);
    bySegment.set(segment, [...(bySegment.get(segment) ?? []), point]);
  }
  // Each quadrant's name in its outer corner, away from the threshold lines where most suppliers gather.
  const quadrant = (name: string, x: [number, number], y: [number, number], position: string) => [
    { name, xAxis: x[0], yAxis: y[0], label: { position } },
    { xAxis: x[1], yAxis: y[1] },
  ];
  const series = SEGMENTS.map((segment, index) => ({
    type: 'scatter',
    name: texts.segments[segment],
    symbol: SEGMENT_STYLE[segment].symbol,
    symbolSize: 14,
    itemStyle: { color: SEGMENT_STYLE[segment].colour },
    data: bySegment.get(segment) ?? [],
    // The first series carries the threshold lines and the quadrants' names.
    ...(index === 0 && {
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: { color: '#1a1a1a', type: 'dashed' },
        label: { show: false },
        data: [{ xAxis: highFrom }, { yAxis: highFrom }],
      },
      markArea: {
        silent: true,
        itemStyle: { color: 'transparent' },
        label: { color: '#454545', fontSize: 13, fontWeight: 'bold' },
        data: [
          quadrant(texts.segments.strategic, [highFrom, 100], [highFrom, 100], 'insideTopRight'),
          quadrant(texts.segments.leverage, [0, highFrom], [highFrom, 100], 'insideTopLeft'),
          quadrant(texts.segments.bottleneck, [highFrom, 100], [0, highFrom], 'insideBottomRight'),
          quadrant(texts.segments.routine, [0, highFrom], [0, highFrom], 'insideBottomLeft'),
        ],
      },
    }),
  }));
  series.push({
    type: 'scatter',
    name: texts.unplaced,
    symbol: UNPLACED.symbol,
    symbolSize: 12,
    itemStyle: { color: UNPLACED.colour },
    data: bySegment.get(null) ?? [],
  });
  return {
    // One line of legend at any width (it scrolls on a phone), so it never covers the vertical axis's name.
    legend: { top: 0, type: 'scroll' },
    grid: { top: 64, left: 8, right: 24, bottom: 36, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string; value: [number, number] }) =>
        `${p.name}<br/>${texts.importance}: ${p.value[1]}<br/>${texts.supplyRisk}: ${p.value[0]}`,
    },
    // The axes' names where the grid leaves room for them: under the horizontal axis, above the vertical one.
    xAxis: { type: 'value', min: 0, max: 100, name: texts.supplyRisk, nameLocation: 'middle', nameGap: 28 },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      name: texts.importance,
      nameLocation: 'end',
      nameGap: 12,
      nameTextStyle: { align: 'left' },
    },
    series,
  };
}
