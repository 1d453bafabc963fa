import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { DANISH_LOCALE } from './danishLocale.ts';

/**
 * ECharts with only what the app draws (bar charts and the segmentation's scatter plot on a grid, with legend,
 * tooltip and the lines and areas that mark a matrix's quadrants) so the
 * bundle stays small, and with the Danish texts registered as locale "DA" (English is built in as "EN").
 */
echarts.use([
  BarChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);
echarts.registerLocale('DA', DANISH_LOCALE);

export { echarts };
export type ChartLocale = 'DA' | 'EN';
