import type { SegmentMatrixItem } from '@overblik/api';
import { describe, expect, it } from 'vitest';
import { segmentChartOption } from './segmentChart.ts';

const item = (name: string, placed: 'strategic' | null, importance: number, supplyRisk: number): SegmentMatrixItem => ({
  supplierId: `00000000-0000-4000-8000-00000000000${name.length}`,
  supplierName: name,
  activeContracts: 1,
  proposal: { importance, supplyRisk, segment: 'routine' },
  placement: placed
    ? { segment: placed, importance: 90, supplyRisk: 80, overridden: false, confirmedOn: '2026-12-08', confirmedBy: 'Anna' }
    : null,
  differs: false,
});

const texts = {
  segments: { strategic: 'Strategisk', bottleneck: 'Flaskehals', leverage: 'Løftestang', routine: 'Rutine' },
  unplaced: 'Ikke placeret',
  importance: 'Betydning',
  supplyRisk: 'Forsyningsrisiko',
};

describe('the segmentation chart', () => {
  it('draws a placed supplier at its placement in its segment and an unplaced one hollow at its proposal', () => {
    const option = segmentChartOption([item('Stor', 'strategic', 10, 10), item('Lille', null, 20, 30)], 50, texts) as {
      series: Array<{ name: string; data: Array<{ value: number[]; name: string }>; markLine?: { data: unknown[] } }>;
    };
    const strategic = option.series.find((s) => s.name === 'Strategisk');
    const unplaced = option.series.find((s) => s.name === 'Ikke placeret');
    expect(strategic?.data).toEqual([{ value: [80, 90], name: 'Stor' }]);
    expect(unplaced?.data).toEqual([{ value: [30, 20], name: 'Lille' }]);
    expect(option.series[0]?.markLine?.data).toEqual([{ xAxis: 50 }, { yAxis: 50 }]);
  });
});
