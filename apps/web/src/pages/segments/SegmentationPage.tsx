import type { SegmentKey, SegmentMatrix } from '@overblik/api';
import { SEGMENTS } from '@overblik/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { segmentExportUrl, segmentMatrixQuery } from '../../api/segments.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { EChart } from '../../components/charts/EChart.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportLinks } from '../../components/ExportLinks.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { segmentChartOption } from './segmentChart.ts';

const route = getRouteApi('/_authenticated/leverandoerstyring/segmentering');

/**
 * "Leverandørsegmentering": every supplier in the Kraljic matrix (a chart and the table with its figures), filtered
 * by segment, by whether it is placed, and to those whose proposal now differs from their placement.
 */
export function SegmentationPage() {
  const { t } = useTranslation();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const matrix = useQuery({
    ...segmentMatrixQuery(id ?? '', {
      ...(search.segment && { segment: search.segment }),
      ...(search.placed !== undefined && { placed: search.placed }),
      ...(search.differs && { differs: true }),
    }),
    enabled: id !== null,
  });
  const heading = <PageHeading title={t('segments.title')}>{t('segments.title')}</PageHeading>;
  if (id === null)
    return (
      <>
        {heading}
        <NoOrganisation />
      </>
    );
  const go = (next: Partial<typeof search>) =>
    void navigate({ to: '/leverandoerstyring/segmentering', search: { ...search, ...next }, replace: true });
  const labels = matrix.data?.settings.segmentLabels;
  return (
    <>
      {heading}
      <p className="font-lead">{t('segments.intro')}</p>
      <div className="page-actions">
        <ExportLinks
          id="segments-export-label"
          label={t('contracts.exportLabel')}
          links={[
            { href: segmentExportUrl(id, 'xlsx', search.segment), label: t('contracts.exportXlsx') },
            { href: segmentExportUrl(id, 'csv', search.segment), label: t('contracts.exportCsv') },
          ]}
        />
        {current.canAdminister ? (
          <Link to="/leverandoerstyring/segmentering/indstillinger">{t('segments.settingsLink')}</Link>
        ) : null}
      </div>
      <div className="list-filters">
        <SelectField
          id="segments-segment"
          label={t('segments.filterSegment')}
          value={search.segment ?? ''}
          onChange={(e) => go({ segment: SEGMENTS.find((s) => s === e.target.value) })}
          options={[
            { value: '', label: t('segments.filterAll') },
            ...SEGMENTS.map((s) => ({ value: s, label: labels?.[s] ?? t(`segments.labels.${s}`) })),
          ]}
        />
        <SelectField
          id="segments-placed"
          label={t('segments.filterPlaced')}
          value={search.placed === undefined ? '' : String(search.placed)}
          onChange={(e) => go({ placed: e.target.value === '' ? undefined : e.target.value === 'true' })}
          options={[
            { value: '', label: t('segments.filterAll') },
            { value: 'true', label: t('segments.placedYes') },
            { value: 'false', label: t('segments.placedNo') },
          ]}
        />
        <CheckboxField
          id="segments-differs"
          label={t('segments.differsOnly')}
          checked={search.differs === true}
          onChange={(e) => go({ differs: e.target.checked ? true : undefined })}
        />
      </div>
      {matrix.isPending ? <Loading /> : null}
      {matrix.isError ? <ErrorAlert error={matrix.error} /> : null}
      {matrix.isSuccess ? <MatrixBody data={matrix.data} /> : null}
    </>
  );
}

function MatrixBody({ data }: { data: SegmentMatrix }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = data.settings.segmentLabels;
  const placed = SEGMENTS.reduce((sum, s) => sum + data.counts[s], 0);
  const option = useMemo(
    () =>
      segmentChartOption(data.items, data.settings.highFrom, {
        segments: labels,
        unplaced: t('segments.unplaced'),
        importance: t('segments.axes.importance'),
        supplyRisk: t('segments.axes.supplyRisk'),
      }),
    [data, labels, t],
  );
  const label = (s: SegmentKey) => labels[s];
  return (
    <>
      <p role="status" className="form-hint">
        {t('segments.counts', { placed, unplaced: data.unplaced, differing: data.differing })}
      </p>
      {data.items.length === 0 ? (
        <p>{t('segments.none')}</p>
      ) : (
        <>
          <h2 className="h3">{t('segments.chartHeading')}</h2>
          <p className="form-hint">{t('segments.chartHint', { highFrom: data.settings.highFrom })}</p>
          <EChart option={option} height={420} />
          <TableScroll>
            <table className="table table--compact">
              <caption>{t('segments.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('segments.columns.supplier')}</th>
                  <th scope="col">{t('segments.columns.segment')}</th>
                  <th scope="col">{t('segments.columns.proposal')}</th>
                  <th scope="col" className="amount">
                    {t('segments.columns.importance')}
                  </th>
                  <th scope="col" className="amount">
                    {t('segments.columns.supplyRisk')}
                  </th>
                  <th scope="col" className="amount">
                    {t('segments.columns.contracts')}
                  </th>
                  <th scope="col">{t('segments.columns.confirmed')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((i) => {
                  const at = i.placement ?? i.proposal;
                  return (
                    <tr key={i.supplierId}>
                      <th scope="row">
                        <Link
                          to="/leverandoerer/$supplierId"
                          params={{ supplierId: i.supplierId }}
                          hash="supplier-segment-heading"
                        >
                          {i.supplierName}
                        </Link>
                      </th>
                      <td>
                        {i.placement ? label(i.placement.segment) : t('segments.unplaced')}
                        {i.differs ? <span className="d-block form-hint">{t('segments.differs')}</span> : null}
                        {i.placement?.overridden ? <span className="d-block form-hint">{t('segments.overridden')}</span> : null}
                      </td>
                      <td>{label(i.proposal.segment)}</td>
                      <td className="amount">{at.importance}</td>
                      <td className="amount">{at.supplyRisk}</td>
                      <td className="amount">{format.number(i.activeContracts)}</td>
                      <td>{i.placement ? `${i.placement.confirmedBy}, ${format.day(i.placement.confirmedOn)}` : '–'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </>
  );
}
