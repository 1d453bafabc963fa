import type { ImportError, ImportReport } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFormat } from '../../lib/format.ts';
import { ImportErrorsTable } from './ImportErrorsTable.tsx';
import { ImportRowsTable } from './ImportRowsTable.tsx';
import { RESULT_HEADING_ID } from './importFocus.ts';
import { useImportCounts } from './useImportCounts.ts';

type Props = {
  fileName: string;
  /** The dry run's plan; null when the server refused the file as a whole. */
  report: ImportReport | null;
  /** The dry run's errors, or those of a real import the server refused (422). */
  errors: readonly ImportError[];
  /** The real import found errors the dry run did not: the register changed in between. */
  changedMeanwhile: boolean;
  importing: boolean;
  importError: unknown;
  onImport: () => void;
  onChooseAnother: () => void;
};

/** Step 2: what the import would do, row by row, and every error; only a file without errors can be imported. */
export function ImportPlanStep({
  fileName,
  report,
  errors,
  changedMeanwhile,
  importing,
  importError,
  onImport,
  onChooseAnother,
}: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const counts = useImportCounts();
  const rows = report?.rows ?? [];
  const hasErrors = errors.length > 0;
  const describedBy = [report ? 'import-plan-summary' : null, hasErrors ? 'import-errors-summary' : null]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <h2 id={RESULT_HEADING_ID} className="focus-target" tabIndex={-1} aria-describedby={describedBy || undefined}>
        {t('supplierImport.planHeading', { name: fileName })}
      </h2>
      {report ? (
        <p id="import-plan-summary" className="font-lead">
          {rows.length > 0 ? counts(report, 'planned') : t('supplierImport.noRows')}
        </p>
      ) : null}
      {hasErrors ? (
        <div id="import-errors-summary">
          <Alert
            variant="error"
            live={false}
            heading={t('supplierImport.errorsAlert', { count: errors.length, n: format.number(errors.length) })}
          >
            {changedMeanwhile ? <p>{t('supplierImport.changedMeanwhile')}</p> : null}
            <p>{t('supplierImport.errorsExplanation')}</p>
          </Alert>
        </div>
      ) : null}
      <ErrorAlert error={importError} />
      <div className="button-row mb-5">
        <button
          type="button"
          className="button button-primary"
          disabled={hasErrors || rows.length === 0 || importing}
          onClick={onImport}
        >
          {importing
            ? t('supplierImport.importing')
            : t('supplierImport.submit', { count: rows.length, n: format.number(rows.length) })}
        </button>
        <button type="button" className="button button-secondary" onClick={onChooseAnother}>
          {t('supplierImport.chooseAnother')}
        </button>
      </div>
      {hasErrors ? <ImportErrorsTable errors={errors} /> : null}
      {rows.length > 0 ? <ImportRowsTable rows={rows} /> : null}
    </>
  );
}
