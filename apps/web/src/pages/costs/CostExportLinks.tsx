import { useTranslation } from 'react-i18next';
import type { CostExportFormat } from '../../api/costs.ts';
import { ExportLinks } from '../../components/ExportLinks.tsx';

/** The workbook and CSV downloads of a plan or a budget forecast. */
export function CostExportLinks({ id, url }: { id: string; url: (format: CostExportFormat) => string }) {
  const { t } = useTranslation();
  return (
    <ExportLinks
      id={id}
      label={t('contracts.exportLabel')}
      links={[
        { href: url('xlsx'), label: t('contracts.exportXlsx') },
        { href: url('csv'), label: t('costs.exportCsv') },
      ]}
    />
  );
}
