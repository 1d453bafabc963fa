import type { InvoiceSummary } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

type Props = {
  invoice: Pick<InvoiceSummary, 'contractId' | 'contractNumber' | 'contractName' | 'outsideContract'>;
  withName?: boolean;
};

/** The invoice's contract as a link, or in words why it has none: "Uden for kontrakt" (decided) or "Ikke matchet". */
export function InvoiceContract({ invoice: i, withName = false }: Props) {
  const { t } = useTranslation();
  if (i.contractId !== null) {
    return (
      <Link to="/kontrakter/$contractId" params={{ contractId: i.contractId }}>
        {withName ? `${i.contractNumber ?? ''} ${i.contractName ?? ''}`.trim() : (i.contractNumber ?? i.contractName)}
      </Link>
    );
  }
  if (i.outsideContract) return <span className="badge badge-info contract-status">{t('invoices.outsideContract')}</span>;
  return <span className="badge badge-warning contract-status">{t('invoices.unmatched')}</span>;
}
