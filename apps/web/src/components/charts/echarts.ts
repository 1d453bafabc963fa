import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { DANISH_LOCALE } from './danishLocale.ts';

/**
 * ECharts with only what the app draws (bar charts on a grid, with legend and tooltip) so the
 * bundle stays small, and with the Danish texts registered as locale "DA" (English is built in as "EN").
 */
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);
echarts.registerLocale('DA', DANISH_LOCALE);

export { echarts };
export type ChartLocale = 'DA' | 'EN';
