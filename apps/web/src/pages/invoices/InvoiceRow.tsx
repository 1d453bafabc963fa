import type { InvoiceSummary } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { DeviationSummary } from './DeviationSummary.tsx';
import { InvoiceContract } from './InvoiceContract.tsx';
import { InvoiceStatusTag } from './InvoiceStatusTag.tsx';

/** One invoice in the inbox: what it is, from whom, on which contract, for how much, and what the check found. */
export function InvoiceRow({ invoice: i }: { invoice: InvoiceSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <tr>
      <td>
        <Link to="/fakturaer/$invoiceId" params={{ invoiceId: i.id }}>
          {i.number}
        </Link>
      </td>
      <td>{t(`invoices.kinds.${i.kind}`)}</td>
      <td className="nowrap">{format.day(i.issueDate)}</td>
      <td>{i.supplierName ?? i.supplierCvr ?? '–'}</td>
      <td>
        <InvoiceContract invoice={i} />
      </td>
      <td className="align-text-right amount">{format.money(i.lineExtensionAmount, i.currency)}</td>
      <td>
        <InvoiceStatusTag status={i.status} />
      </td>
      <td>
        <DeviationSummary invoice={i} />
      </td>
    </tr>
  );
}
