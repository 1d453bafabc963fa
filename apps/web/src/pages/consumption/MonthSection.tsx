import type { ConsumptionReport } from '@overblik/api';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/charts/EChart.tsx';
import { intlLocale } from '../../i18n/i18n.ts';
import { upperFirst, useFormat } from '../../lib/format.ts';
import { monthChartOption } from './consumptionCharts.ts';
import { monthRows } from './consumptionData.ts';
import { useChartTexts } from './useChartTexts.ts';
import { WithinOutsideTable } from './WithinOutsideTable.tsx';

/** "Forbrug pr. måned": a stacked bar chart within and outside contract, followed by the same figures as a table. */
export function MonthSection({ report }: { report: ConsumptionReport }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const texts = useChartTexts();
  const rows = useMemo(() => monthRows(report), [report]);
  const option = useMemo(() => {
    // The axis has room for short month names only ("jan."); the table below names each month in full.
    const short = new Intl.DateTimeFormat(intlLocale(i18n.language), { month: 'short', timeZone: 'UTC' });
    const label = (month: string) => short.format(new Date(`${month}-01T00:00:00Z`));
    return monthChartOption(rows, label, texts);
  }, [rows, texts, i18n.language]);
  const money = (value: string) => format.kroner(value);
  return (
    <section aria-labelledby="consumption-months" className="mt-7">
      <h2 id="consumption-months">{t('consumption.months.heading')}</h2>
      <EChart option={option} />
      <WithinOutsideTable
        caption={t('consumption.months.caption', { year: report.year })}
        labelHeading={t('consumption.columns.month')}
        rows={rows.map((r) => ({
          key: r.month,
          label: upperFirst(format.month(r.month)),
          within: money(r.withinContracts),
          outside: money(r.outsideContracts),
          total: money(r.total),
        }))}
        footer={{
          label: t('consumption.columns.yearTotal'),
          within: money(report.totals.withinContracts),
          outside: money(report.totals.outsideContracts),
          total: money(report.totals.invoiced),
        }}
      />
    </section>
  );
}
