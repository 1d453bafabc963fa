import type { InvoiceSummary } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { InvoiceRow } from './InvoiceRow.tsx';

const HEADINGS = ['number', 'kind', 'issueDate', 'supplier', 'contract', 'amount', 'status', 'deviations'] as const;

/** The inbox's invoices, newest first (the order the API gives). */
export function InvoiceTable({ invoices }: { invoices: readonly InvoiceSummary[] }) {
  const { t } = useTranslation();
  return (
    <TableScroll>
      <table className="table table--compact">
        <caption className="sr-only">{t('invoices.caption')}</caption>
        <thead>
          <tr>
            {HEADINGS.map((h) => (
              <th key={h} scope="col" className={h === 'amount' ? 'align-text-right' : undefined}>
                {t(`invoices.columns.${h}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {invoices.map((i) => (
            <InvoiceRow key={i.id} invoice={i} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
