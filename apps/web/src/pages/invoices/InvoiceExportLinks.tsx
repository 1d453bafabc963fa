import { useTranslation } from 'react-i18next';
import { invoiceExportUrl } from '../../api/invoices.ts';
import { ExportLinks } from '../../components/ExportLinks.tsx';

/** The approved invoices for the finance system, one row per line with its account coding. */
export function InvoiceExportLinks({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  return (
    <ExportLinks
      id="invoice-export-label"
      label={t('invoices.exportLabel')}
      links={[
        { href: invoiceExportUrl(organisationId, 'xlsx'), label: t('contracts.exportXlsx') },
        { href: invoiceExportUrl(organisationId, 'csv'), label: t('contracts.exportCsv') },
      ]}
    />
  );
}
