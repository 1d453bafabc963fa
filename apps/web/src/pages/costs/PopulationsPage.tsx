import type { PopulationList } from '@overblik/api';
import type { CalendarDate } from '@overblik/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { populationsQuery } from '../../api/costs.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';
import { useMay } from '../../session/rights.ts';
import { JointOnly } from './JointOnly.tsx';
import { PopulationImportSection } from './PopulationImportSection.tsx';

/**
 * "Indbyggertal": the populations the joint organisation prices its projects by — imported from Statistikbanken
 * or a file of its own, kept per day and per import — with the figures of a chosen day and every import made.
 */
export function PopulationsPage() {
  const { t } = useTranslation();
  const may = useMay();
  const heading = <PageHeading title={t('costs.populations.title')}>{t('costs.populations.title')}</PageHeading>;
  return (
    <JointOnly heading={heading}>
      {(id) => (
        <>
          {heading}
          <p className="font-lead">{t('costs.populations.intro')}</p>
          {may('write', id) ? <PopulationImportSection organisationId={id} /> : null}
          <PopulationFigures organisationId={id} />
        </>
      )}
    </JointOnly>
  );
}

function PopulationFigures({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [chosen, setChosen] = useState<CalendarDate | null>(null);
  const overview = useQuery(populationsQuery(organisationId, {}));
  const dates = overview.data?.dates ?? [];
  const date = chosen !== null && dates.includes(chosen) ? chosen : (dates[0] ?? null);
  // Not fetched without a date.
  const figures = useQuery({
    ...populationsQuery(organisationId, { date: date ?? ('' as CalendarDate) }),
    enabled: date !== null,
  });
  const shown = (figures.data?.figures ?? []).filter((f) => f.date === date);
  return (
    <>
      <section aria-labelledby="population-figures-heading" className="mt-7">
        <h2 id="population-figures-heading">{t('costs.populations.figuresHeading')}</h2>
        {overview.isPending ? <Loading /> : null}
        {overview.isError ? <ErrorAlert error={overview.error} /> : null}
        {overview.isSuccess && dates.length === 0 ? <p>{t('costs.populations.none')}</p> : null}
        {date !== null ? (
          <>
            <SelectField
              id="population-date"
              label={t('costs.populations.date')}
              value={date}
              onChange={(e) => setChosen(e.target.value as CalendarDate)}
              options={dates.map((d) => ({ value: d, label: format.day(d) }))}
            />
            {figures.isError ? <ErrorAlert error={figures.error} /> : null}
            {figures.isPending ? <Loading /> : null}
            {figures.isSuccess ? (
              <TableScroll>
                <table className="table table--compact">
                  <caption>
                    {t('costs.populations.caption', {
                      date: format.day(date),
                      count: shown.length,
                      n: format.number(shown.length),
                    })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('costs.columns.code')}</th>
                      <th scope="col">{t('costs.columns.municipality')}</th>
                      <th scope="col" className="align-text-right">
                        {t('costs.populations.population')}
                      </th>
                      <th scope="col" className="align-text-right">
                        {t('costs.populations.previous')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((f) => (
                      <tr key={f.municipalityCode}>
                        <td>{f.municipalityCode}</td>
                        <th scope="row">{f.name}</th>
                        <td className="align-text-right">{format.number(f.population)}</td>
                        <td className="align-text-right">{f.previous === null ? '–' : format.number(f.previous)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            ) : null}
          </>
        ) : null}
      </section>
      {overview.isSuccess ? <ImportHistory imports={overview.data.imports} /> : null}
    </>
  );
}

function ImportHistory({ imports }: { imports: PopulationList['imports'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="population-imports-heading" className="mt-7">
      <h2 id="population-imports-heading">{t('costs.populations.importsHeading')}</h2>
      {imports.length === 0 ? (
        <p>{t('costs.populations.noImports')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <TableScroll>
            <table className="table table--compact">
              <caption className="sr-only">{t('costs.populations.importsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('costs.populations.importedAt')}</th>
                  <th scope="col">{t('costs.populations.fileName')}</th>
                  <th scope="col">{t('costs.populations.report.layout')}</th>
                  <th scope="col" className="align-text-right">
                    {t('costs.populations.report.figures')}
                  </th>
                  <th scope="col" className="align-text-right">
                    {t('costs.populations.report.changed')}
                  </th>
                  <th scope="col">{t('costs.populations.importedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {imports.map((i) => (
                  <tr key={i.id}>
                    <td className="nowrap">{format.dateTime(i.createdAt)}</td>
                    <td>{i.fileName ?? '–'}</td>
                    <td>{t(`costs.populations.layouts.${i.layout}`, { defaultValue: i.layout })}</td>
                    <td className="align-text-right">{format.number(i.figureCount)}</td>
                    <td className="align-text-right">{format.number(i.changedCount)}</td>
                    <td>{i.importedBy}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </div>
      )}
    </section>
  );
}
