import type { IntakeReport, IntakeResult } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';

const OUTCOME_BADGES: Record<IntakeResult['outcome'], string> = {
  created: 'badge badge-success',
  duplicate: 'badge badge-info',
  refused: 'badge badge-error',
};

/** What happened to each file: received (with its invoice), already received before (with a link) or refused (why). */
export function IntakeReportTable({ report }: { report: IntakeReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableScroll>
      <table className="table table--compact">
        <caption className="sr-only">{t('invoices.intake.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('invoices.intake.file')}</th>
            <th scope="col">{t('invoices.intake.outcome')}</th>
            <th scope="col">{t('invoices.intake.result')}</th>
          </tr>
        </thead>
        <tbody>
          {report.results.map((r, index) => (
            // Two files may have the same name; the position in the request tells them apart.
            // biome-ignore lint/suspicious/noArrayIndexKey: the report is never reordered
            <tr key={index}>
              <td>{r.fileName ?? t('invoices.intake.noName')}</td>
              <td>
                <span className={`${OUTCOME_BADGES[r.outcome]} contract-status`}>
                  {t(`invoices.intake.outcomes.${r.outcome}`)}
                </span>
              </td>
              <td>
                {r.outcome === 'refused' ? (
                  <>
                    {r.error?.message ?? t('invoices.intake.refusedUnknown')}
                    {r.error?.line ? (
                      <span className="activity-detail">{t('invoices.intake.line', { line: format.number(r.error.line) })}</span>
                    ) : null}
                  </>
                ) : r.invoiceId ? (
                  <>
                    <Link to="/fakturaer/$invoiceId" params={{ invoiceId: r.invoiceId }}>
                      {t('invoices.intake.invoiceLink', {
                        kind: t(`invoices.kinds.${r.kind ?? 'invoice'}`),
                        number: r.number ?? '',
                      })}
                    </Link>
                    {r.outcome === 'created' && r.deviationCount !== null ? (
                      <span className="activity-detail">
                        {r.deviationCount === 0
                          ? t('invoices.noDeviations')
                          : t('invoices.deviationCount', { count: r.deviationCount, n: format.number(r.deviationCount) })}
                      </span>
                    ) : null}
                    {r.outcome === 'duplicate' ? (
                      <span className="activity-detail">{t('invoices.intake.duplicateText')}</span>
                    ) : null}
                  </>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
