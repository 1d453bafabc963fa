import type { PlannedInvoice } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';

/** A member's invoices in date order: when, for which period, how much, what kind, and the explanation in Danish. */
export function InvoicesTable({ invoices, caption }: { invoices: readonly PlannedInvoice[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (invoices.length === 0) return <p>{t('costs.invoices.none')}</p>;
  return (
    <TableScroll>
      <table className="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('costs.invoices.date')}</th>
            <th scope="col">{t('costs.invoices.period')}</th>
            <th scope="col" className="align-text-right">
              {t('costs.invoices.amount')}
            </th>
            <th scope="col">{t('costs.invoices.kind')}</th>
            <th scope="col">{t('costs.invoices.text')}</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((i) => (
            <tr key={`${i.kind}-${i.date}-${i.start}-${i.end}`}>
              <td className="nowrap">{format.day(i.date)}</td>
              <td className="nowrap">{t('costs.periodRange', { start: format.day(i.start), end: format.day(i.end) })}</td>
              <td className="align-text-right amount">{format.kroner(i.amount)}</td>
              <td>{t(`costs.invoices.kinds.${i.kind}`)}</td>
              <td lang="da" style={{ whiteSpace: 'pre-line' }}>
                {i.text}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
