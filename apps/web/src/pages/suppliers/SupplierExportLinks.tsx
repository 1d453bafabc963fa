import { useTranslation } from 'react-i18next';
import { exportUrl } from '../../api/transfer.ts';
import { ExportLinks } from '../../components/ExportLinks.tsx';

/** Downloads of every supplier of the organisation (not only those on screen), for anyone who may read them. */
export function SupplierExportLinks({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  return (
    <ExportLinks
      id="supplier-export-label"
      label={t('suppliers.exportLabel')}
      links={[
        { href: exportUrl(organisationId, 'suppliers', 'xlsx'), label: t('suppliers.exportXlsx') },
        { href: exportUrl(organisationId, 'suppliers', 'csv'), label: t('suppliers.exportCsv') },
      ]}
    />
  );
}
