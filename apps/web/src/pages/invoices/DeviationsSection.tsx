import type { InvoiceDetail } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';
import { DeviationLabel } from './DeviationLabel.tsx';
import { bySeverity } from './invoiceRules.ts';
import { SeverityTag } from './SeverityTag.tsx';

/** "Afvigelser": everything the check found, the most serious first, each with the money in question. */
export function DeviationsSection({ invoice }: { invoice: InvoiceDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const deviations = bySeverity(invoice.deviations);
  return (
    <section aria-labelledby="invoice-deviations" className="mt-7">
      <h2 id="invoice-deviations">{t('invoices.deviations.heading')}</h2>
      {deviations.length === 0 ? (
        <Alert variant="success" live={false} heading={t('invoices.deviations.none')} />
      ) : (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('invoices.deviations.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('invoices.deviations.severity')}</th>
                <th scope="col">{t('invoices.deviations.line')}</th>
                <th scope="col">{t('invoices.deviations.text')}</th>
                <th scope="col" className="align-text-right">
                  {t('invoices.deviations.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {deviations.map((d, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the same finding may be made twice on one line
                <tr key={`${d.code}-${d.lineId}-${index}`}>
                  <td>
                    <SeverityTag severity={d.severity} />
                  </td>
                  <td>{d.lineId ?? t('invoices.deviations.wholeInvoice')}</td>
                  <td>
                    <span className="weight-semibold">
                      <DeviationLabel deviation={d} />
                    </span>
                    <span className="activity-detail" lang="da">
                      {d.text}
                    </span>
                  </td>
                  <td className="align-text-right amount">{d.amount ? format.money(d.amount, invoice.currency) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
