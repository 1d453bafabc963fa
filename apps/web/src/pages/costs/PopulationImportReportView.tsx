import type { PopulationImportReport } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';

/** What a population file holds: the layout recognised, how many figures, which are new or changed, and skipped rows. */
export function PopulationImportReportView({ report }: { report: PopulationImportReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <dl className="summary-list">
        <dt>{t('costs.populations.report.layout')}</dt>
        <dd>{t(`costs.populations.layouts.${report.layout}`)}</dd>
        <dt>{t('costs.populations.report.figures')}</dt>
        <dd>{format.number(report.figures)}</dd>
        <dt>{t('costs.populations.report.created')}</dt>
        <dd>{format.number(report.created)}</dd>
        <dt>{t('costs.populations.report.changed')}</dt>
        <dd>{format.number(report.changed)}</dd>
        <dt>{t('costs.populations.report.unchanged')}</dt>
        <dd>{format.number(report.unchanged)}</dd>
        <dt>{t('costs.populations.report.skipped')}</dt>
        <dd>{format.number(report.skipped.length)}</dd>
      </dl>
      {report.skipped.length > 0 ? (
        <details className="mb-5">
          <summary>
            {t('costs.populations.report.skippedSummary', {
              count: report.skipped.length,
              n: format.number(report.skipped.length),
            })}
          </summary>
          <TableScroll>
            <table className="table table--compact">
              <caption>{t('costs.populations.report.skippedCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.row')}</th>
                  <th scope="col">{t('costs.populations.report.area')}</th>
                </tr>
              </thead>
              <tbody>
                {report.skipped.map((s) => (
                  <tr key={`${s.row}-${s.area}`}>
                    <td>{format.number(s.row)}</td>
                    <td>{s.area}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      ) : null}
    </>
  );
}
