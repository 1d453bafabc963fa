import type { ImportReport } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';

/** Headings the import does not know and left out, so a misspelt column is noticed before importing. */
export function IgnoredColumns({ columns }: { columns: NonNullable<ImportReport['ignoredColumns']> }) {
  const { t } = useTranslation();
  if (columns.length === 0) return null;
  return (
    <Alert variant="warning" live={false} heading={t('import.ignoredHeading', { count: columns.length })}>
      <p>{t('import.ignoredText')}</p>
      <ul>
        {columns.map((c) => (
          <li key={`${c.sheet}-${c.column}`}>{t('import.ignoredColumn', { sheet: c.sheet, column: c.column })}</li>
        ))}
      </ul>
    </Alert>
  );
}
