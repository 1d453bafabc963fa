import { useTranslation } from 'react-i18next';
import { checkInvoiceAgain } from '../../api/invoices.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useInvoiceChange } from './useInvoiceChange.ts';

/** "Kontrollér igen": this invoice checked again against the register as it is now. */
export function CheckAgainButton({ organisationId, invoiceId }: { organisationId: string; invoiceId: string }) {
  const { t } = useTranslation();
  const check = useInvoiceChange(organisationId, () => checkInvoiceAgain(organisationId, invoiceId));
  return (
    <div className="mb-5">
      <button
        type="button"
        className="button button-secondary"
        disabled={check.isPending}
        onClick={() => check.mutate(undefined)}
      >
        {t('invoices.checkAgain')}
      </button>
      <span role="status" className="ml-3">
        {check.isPending ? t('invoices.rechecking') : check.isSuccess ? t('invoices.checkedAgain') : ''}
      </span>
      <ErrorAlert error={check.error} />
    </div>
  );
}
