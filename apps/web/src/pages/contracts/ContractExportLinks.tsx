import { useTranslation } from 'react-i18next';
import { exportUrl, importTemplateUrl } from '../../api/transfer.ts';
import { ExportLinks } from '../../components/ExportLinks.tsx';

/**
 * Downloads of the whole register (every contract, not only those on screen, with price elements, suppliers and
 * contacts in the workbook), and the import template, for anyone who may read them.
 */
export function ContractExportLinks({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  return (
    <ExportLinks
      id="contract-export-label"
      label={t('contracts.exportLabel')}
      links={[
        { href: exportUrl(organisationId, 'contracts', 'xlsx'), label: t('contracts.exportXlsx') },
        { href: exportUrl(organisationId, 'contracts', 'csv'), label: t('contracts.exportCsv') },
        { href: importTemplateUrl(organisationId, 'contracts'), label: t('contracts.exportTemplate') },
      ]}
    />
  );
}
