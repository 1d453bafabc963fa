import { useTranslation } from 'react-i18next';
import { consumptionExportUrl } from '../../api/invoices.ts';
import { ExportLinks } from '../../components/ExportLinks.tsx';

/** The tables behind the charts for the chosen year, as a workbook (every table) or CSV (the suppliers). */
export function ConsumptionExportLinks({ organisationId, year }: { organisationId: string; year: number }) {
  const { t } = useTranslation();
  return (
    <ExportLinks
      id="consumption-export-label"
      label={t('contracts.exportLabel')}
      links={[
        { href: consumptionExportUrl(organisationId, year, 'xlsx'), label: t('contracts.exportXlsx') },
        { href: consumptionExportUrl(organisationId, year, 'csv'), label: t('consumption.exportCsv') },
      ]}
    />
  );
}
