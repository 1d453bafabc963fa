import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChartLocale, echarts } from './echarts.ts';

type Props = {
  option: EChartsCoreOption;
  /** The chart's height in pixels; it takes the full width of its container. */
  height?: number;
};

/**
 * An ECharts chart in the UI language. It is drawn on a canvas that assistive technology cannot read, so it is
 * hidden from it: the table that always follows a chart carries the same figures. It follows its container's width
 * and is disposed of when it leaves the page.
 */
export function EChart({ option, height = 360 }: Props) {
  const { i18n } = useTranslation();
  const locale: ChartLocale = i18n.language === 'en' ? 'EN' : 'DA';
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  // The latest option, so a chart made anew (another language) starts with it.
  const latest = useRef(option);
  latest.current = option;

  // A new chart per language: ECharts takes its locale when the chart is made.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, null, { locale, renderer: 'canvas' });
    instance.setOption(latest.current);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [locale]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} className="echart" aria-hidden="true" style={{ width: '100%', height }} />;
}
