import type { ImportReport } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';

/**
 * What the import creates besides its rows' own objects, counted as what they are: suppliers a contract row
 * names by a new CVR number (or the supplier sheet's new ones), and units it creates.
 */
export function CreatedAlongside({ report, when }: { report: ImportReport; when: 'planned' | 'done' }) {
  const { t } = useTranslation();
  const format = useFormat();
  const suppliers = report.rows.filter((r) => r.kind === 'supplier' && r.action === 'create').length;
  const units = (report.missingUnits ?? []).filter((u) => u.created).length;
  const lines = [
    suppliers > 0 ? t(`import.alongside.${when}.suppliers`, { count: suppliers, n: format.number(suppliers) }) : null,
    units > 0 ? t(`import.alongside.${when}.units`, { count: units, n: format.number(units) }) : null,
  ].filter((line) => line !== null);
  if (lines.length === 0) return null;
  return (
    <ul id={`import-alongside-${when}`}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
