import type { YearAmount } from '@overblik/api';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/charts/EChart.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';
import { useChartTexts } from '../consumption/useChartTexts.ts';
import { yearChartOption } from './costCharts.ts';
import { yearRows } from './costData.ts';

type Props = {
  /** The id of the section's heading (which names the section). */
  id: string;
  heading: string;
  caption: string;
  /** What each bar is, in the tooltip ("Opkrævet"). */
  seriesName: string;
  byYear: readonly YearAmount[];
  total: string;
};

/**
 * Amounts per budget year as a bar chart followed by the same figures as a table. The chart is hidden from
 * assistive technology (see EChart); the table right under it is what screen readers read.
 */
export function YearTotalsSection({ id, heading, caption, seriesName, byYear, total }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const texts = useChartTexts();
  const rows = useMemo(() => yearRows(byYear), [byYear]);
  const option = useMemo(() => yearChartOption(rows, seriesName, texts), [rows, seriesName, texts]);
  return (
    <section aria-labelledby={id} className="mt-7">
      <h2 id={id}>{heading}</h2>
      {rows.length === 0 ? (
        <p>{t('costs.noYears')}</p>
      ) : (
        <>
          <EChart option={option} height={300} />
          <div className="mt-5" />
          <TableScroll>
            <table className="table table--compact">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('costs.columns.year')}</th>
                  <th scope="col" className="align-text-right">
                    {t('costs.columns.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.year}>
                    <th scope="row">{r.year}</th>
                    <td className="align-text-right amount">{format.kroner(r.amount)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('costs.columns.total')}</th>
                  <td className="align-text-right amount weight-semibold">{format.kroner(total)}</td>
                </tr>
              </tfoot>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
