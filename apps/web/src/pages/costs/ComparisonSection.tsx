import type { CostProject } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { costComparisonQuery } from '../../api/costs.ts';
import { EChart } from '../../components/charts/EChart.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';
import { useChartTexts } from '../consumption/useChartTexts.ts';
import { comparisonChartHeight, comparisonChartOption } from './costCharts.ts';

/**
 * "Sammenligning": what each member pays over the period under the project's model (A) and the comparison model
 * (B), and the difference B − A; a chart of both followed by the table with the same figures.
 */
export function ComparisonSection({ organisationId, project }: { organisationId: string; project: CostProject }) {
  const { t } = useTranslation();
  const format = useFormat();
  const texts = useChartTexts();
  const comparison = useQuery(costComparisonQuery(organisationId, project.id));
  const data = comparison.data;
  const option = useMemo(() => (data ? comparisonChartOption(data, texts) : null), [data, texts]);
  const money = (value: string) => format.kroner(value);
  return (
    <section aria-labelledby="comparison-heading" className="mt-7">
      <h2 id="comparison-heading">{t('costs.comparison.heading')}</h2>
      {comparison.isPending ? <Loading /> : null}
      {comparison.isError ? <ErrorAlert error={comparison.error} /> : null}
      {data && option ? (
        <>
          <p>{t('costs.comparison.intro', { a: data.names[0], b: data.names[1] })}</p>
          {data.members.length > 0 ? <EChart option={option} height={comparisonChartHeight(data.members.length)} /> : null}
          <div className="mt-5" />
          <TableScroll>
            <table className="table table--compact">
              <caption>{t('costs.comparison.caption', { a: data.names[0], b: data.names[1] })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('costs.columns.code')}</th>
                  <th scope="col">{t('costs.columns.municipality')}</th>
                  <th scope="col" className="align-text-right">
                    {t('costs.comparison.a', { name: data.names[0] })}
                  </th>
                  <th scope="col" className="align-text-right">
                    {t('costs.comparison.b', { name: data.names[1] })}
                  </th>
                  <th scope="col" className="align-text-right">
                    {t('costs.comparison.difference')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.members.map((m) => (
                  <tr key={m.code}>
                    <td>{m.code}</td>
                    <th scope="row">{m.name}</th>
                    <td className="align-text-right amount">{money(m.a)}</td>
                    <td className="align-text-right amount">{money(m.b)}</td>
                    <td className="align-text-right amount">{money(m.difference)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td />
                  <th scope="row">{t('costs.columns.allMembers')}</th>
                  <td className="align-text-right amount weight-semibold">{money(data.a)}</td>
                  <td className="align-text-right amount weight-semibold">{money(data.b)}</td>
                  <td className="align-text-right amount weight-semibold">{money(data.difference)}</td>
                </tr>
              </tfoot>
            </table>
          </TableScroll>
        </>
      ) : null}
    </section>
  );
}
