import type { ConsumptionReport } from '@overblik/api';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/charts/EChart.tsx';
import { useFormat } from '../../lib/format.ts';
import { supplierChartOption } from './consumptionCharts.ts';
import { topSuppliers } from './consumptionData.ts';
import { useChartTexts } from './useChartTexts.ts';
import { WithinOutsideTable } from './WithinOutsideTable.tsx';

const SHOWN = 10;

/** "De største leverandører": the ten suppliers invoicing the most, within and outside contract, chart then table. */
export function TopSuppliersSection({ report }: { report: ConsumptionReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const texts = useChartTexts();
  const top = useMemo(() => topSuppliers(report.suppliers, SHOWN), [report]);
  const option = useMemo(() => supplierChartOption(top, texts), [top, texts]);
  const money = (value: string) => format.kroner(value);
  return (
    <section aria-labelledby="consumption-top-suppliers" className="mt-7">
      <h2 id="consumption-top-suppliers">{t('consumption.topSuppliers.heading')}</h2>
      {top.length === 0 ? (
        <p>{t('consumption.none')}</p>
      ) : (
        <>
          <EChart option={option} height={Math.max(200, 80 + top.length * 36)} />
          <WithinOutsideTable
            caption={t('consumption.topSuppliers.caption', { year: report.year, count: top.length })}
            labelHeading={t('consumption.columns.supplier')}
            rows={top.map((s) => ({
              key: s.supplierId ?? `${s.supplierName}-${s.supplierCvr}`,
              label: s.label,
              within: money(s.withinContracts),
              outside: money(s.outsideContracts),
              total: money(s.invoiced),
            }))}
          />
        </>
      )}
    </section>
  );
}
