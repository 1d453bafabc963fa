import type { InvoiceSummary } from '@overblik/api';
import { useTranslation } from 'react-i18next';

const VARIANTS: Record<InvoiceSummary['status'], string> = {
  received: 'badge',
  checked: 'badge badge-info',
  approved: 'badge badge-success',
  disputed: 'badge badge-warning',
  rejected: 'badge badge-error',
};

/** The invoice's status as a DKFDS status label, in words: Modtaget, Kontrolleret, Godkendt, Bestridt, Afvist. */
export function InvoiceStatusTag({ status }: { status: InvoiceSummary['status'] }) {
  const { t } = useTranslation();
  return <span className={`${VARIANTS[status]} contract-status`}>{t(`invoices.statuses.${status}`)}</span>;
}
