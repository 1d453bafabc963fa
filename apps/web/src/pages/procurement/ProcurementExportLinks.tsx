import { useTranslation } from 'react-i18next';
import { procurementPlanExportUrl } from '../../api/procurementPlan.ts';
import { ExportLinks } from '../../components/ExportLinks.tsx';

/** The plan for the chosen horizon as a workbook or a CSV file. */
export function ProcurementExportLinks({ organisationId, horizonMonths }: { organisationId: string; horizonMonths: number }) {
  const { t } = useTranslation();
  return (
    <ExportLinks
      id="procurement-export-label"
      label={t('contracts.exportLabel')}
      links={[
        { href: procurementPlanExportUrl(organisationId, 'xlsx', horizonMonths), label: t('contracts.exportXlsx') },
        { href: procurementPlanExportUrl(organisationId, 'csv', horizonMonths), label: t('contracts.exportCsv') },
      ]}
    />
  );
}
