import type { ConsumptionReport } from '@overblik/api';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/charts/EChart.tsx';
import { useFormat } from '../../lib/format.ts';
import { supplierChartOption } from './consumptionCharts.ts';
import { topSuppliers } from './consumptionData.ts';
import { useChartTexts } from './useChartTexts.ts';

const CURRENCY = 'DKK';
const SHOWN = 10;

/** "De største leverandører": the ten suppliers invoicing the most, within and outside contract, chart then table. */
export function TopSuppliersSection({ report }: { report: ConsumptionReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const texts = useChartTexts(CURRENCY);
  const top = useMemo(() => topSuppliers(report.suppliers, SHOWN), [report]);
  const option = useMemo(() => supplierChartOption(top, texts), [top, texts]);
  const money = (value: string) => format.money(value, CURRENCY);
  return (
    <section aria-labelledby="consumption-top-suppliers" className="mt-7">
      <h2 id="consumption-top-suppliers">{t('consumption.topSuppliers.heading')}</h2>
      {top.length === 0 ? (
        <p>{t('consumption.none')}</p>
      ) : (
        <>
          <EChart option={option} height={Math.max(200, 80 + top.length * 36)} />
          <div className="table--responsive-scroll mt-5">
            <table className="table table--compact">
              <caption>{t('consumption.topSuppliers.caption', { year: report.year, count: top.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('consumption.columns.supplier')}</th>
                  <th scope="col" className="align-text-right">
                    {t('consumption.within')}
                  </th>
                  <th scope="col" className="align-text-right">
                    {t('consumption.outside')}
                  </th>
                  <th scope="col" className="align-text-right">
                    {t('consumption.columns.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {top.map((s) => (
                  <tr key={s.supplierId ?? `${s.supplierName}-${s.supplierCvr}`}>
                    <th scope="row">{s.supplierName}</th>
                    <td className="align-text-right amount">{money(s.withinContracts)}</td>
                    <td className="align-text-right amount">{money(s.outsideContracts)}</td>
                    <td className="align-text-right amount">{money(s.invoiced)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
