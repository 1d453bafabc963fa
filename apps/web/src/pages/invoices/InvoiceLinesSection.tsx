import type { InvoiceDetail } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { InvoiceLineRow } from './InvoiceLineRow.tsx';

type Props = { organisationId: string; invoice: InvoiceDetail; canEdit: boolean };

const INVOICE_COLUMNS = ['line', 'item', 'quantity', 'price', 'amount'] as const;
const CONTRACT_COLUMNS = ['element', 'contractPrice', 'allowedPrice', 'match'] as const;

/**
 * "Linjer": each invoice line beside the contract price element it was matched to — the contract's unit price and
 * the price allowed after price regulation — with how sure the match is and the line's deviations.
 */
export function InvoiceLinesSection({ organisationId, invoice: i, canEdit }: Props) {
  const { t } = useTranslation();
  const editableContractId = canEdit ? i.contractId : null;
  const columns = INVOICE_COLUMNS.length + CONTRACT_COLUMNS.length + 1;
  return (
    <section aria-labelledby="invoice-lines" className="mt-7">
      <h2 id="invoice-lines">{t('invoices.lines.heading')}</h2>
      {editableContractId ? <p>{t('invoices.lines.intro')}</p> : null}
      <TableScroll>
        <table className="table table--compact">
          <caption className="sr-only">{t('invoices.lines.caption')}</caption>
          <thead>
            <tr>
              <th scope="colgroup" colSpan={INVOICE_COLUMNS.length}>
                {t('invoices.lines.invoiceGroup')}
              </th>
              <th scope="colgroup" colSpan={CONTRACT_COLUMNS.length}>
                {t('invoices.lines.contractGroup')}
              </th>
              <th scope="colgroup">{t('invoices.lines.checkGroup')}</th>
            </tr>
            <tr>
              {[...INVOICE_COLUMNS, ...CONTRACT_COLUMNS].map((h) => (
                <th
                  key={h}
                  scope="col"
                  className={
                    ['quantity', 'price', 'amount', 'contractPrice', 'allowedPrice'].includes(h) ? 'align-text-right' : undefined
                  }
                >
                  {t(`invoices.lines.columns.${h}`, { currency: i.currency })}
                </th>
              ))}
              <th scope="col">{t('invoices.lines.columns.deviations')}</th>
            </tr>
          </thead>
          <tbody>
            {i.lines.map((line) => (
              <InvoiceLineRow
                key={line.position}
                organisationId={organisationId}
                invoiceId={i.id}
                currency={i.currency}
                line={line}
                editableContractId={editableContractId}
                columns={columns}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
