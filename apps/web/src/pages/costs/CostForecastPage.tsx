import type { CostForecast } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { costForecastExportUrl, costForecastQuery } from '../../api/costs.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { CostExportLinks } from './CostExportLinks.tsx';
import { yearsOf } from './costData.ts';
import { YearAmountCells, YearHeadings } from './YearCells.tsx';
import { YearTotalsSection } from './YearTotalsSection.tsx';

/**
 * "Fællesskaber": the budget forecast of the organisation as a member — every joint project it is in, with what
 * it will pay per budget year (by invoice date) and in all; each project leads to its statement.
 */
export function CostForecastPage() {
  const { t } = useTranslation();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const forecast = useQuery({ ...costForecastQuery(id ?? ''), enabled: id !== null });
  const heading = <PageHeading title={t('costs.forecast.title')}>{t('costs.forecast.title')}</PageHeading>;
  if (id === null)
    return (
      <>
        {heading}
        <NoOrganisation />
      </>
    );
  return (
    <>
      {heading}
      <p className="font-lead">{t('costs.forecast.intro')}</p>
      <CostExportLinks id="forecast-export-label" url={(format) => costForecastExportUrl(id, format)} />
      {forecast.isPending ? <Loading /> : null}
      {forecast.isError ? <ErrorAlert error={forecast.error} /> : null}
      {forecast.isSuccess ? (
        forecast.data.projects.length === 0 ? (
          <p role="status">{t('costs.forecast.none')}</p>
        ) : (
          <>
            <ForecastTable forecast={forecast.data} />
            <YearTotalsSection
              id="forecast-years-heading"
              heading={t('costs.forecast.yearsHeading')}
              caption={t('costs.forecast.yearsCaption')}
              seriesName={t('costs.forecast.series')}
              byYear={forecast.data.byYear}
              total={forecast.data.total}
            />
          </>
        )
      ) : null}
    </>
  );
}

function ForecastTable({ forecast }: { forecast: CostForecast }) {
  const { t } = useTranslation();
  const years = yearsOf([forecast.byYear, ...forecast.projects.map((p) => p.byYear)]);
  return (
    <section aria-labelledby="forecast-projects-heading" className="mt-7">
      <h2 id="forecast-projects-heading">{t('costs.forecast.projectsHeading')}</h2>
      <TableScroll>
        <table className="table table--compact">
          <caption>{t('costs.forecast.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('costs.columns.jointOrganisation')}</th>
              <th scope="col">{t('costs.columns.project')}</th>
              <YearHeadings years={years} />
            </tr>
          </thead>
          <tbody>
            {forecast.projects.map((p) => (
              <tr key={p.projectId}>
                <td>{p.jointOrganisationName}</td>
                <th scope="row">
                  <Link to="/faellesskaber/$projectId" params={{ projectId: p.projectId }}>
                    {p.name}
                  </Link>
                  {p.problems.length > 0 ? (
                    <span className="activity-detail">
                      <span className="badge badge-warning">{t('costs.forecast.notComputed')}</span>{' '}
                      <span lang="da">{p.problems.map((x) => x.message).join(' ')}</span>
                    </span>
                  ) : null}
                </th>
                <YearAmountCells years={years} byYear={p.byYear} total={p.total} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td />
              <th scope="row">{t('costs.columns.allProjects')}</th>
              <YearAmountCells years={years} byYear={forecast.byYear} total={forecast.total} totalRow />
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </section>
  );
}
