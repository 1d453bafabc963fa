import type { ImportError, ImportReport } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFormat } from '../../lib/format.ts';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { CreatedAlongside } from './CreatedAlongside.tsx';
import { IgnoredColumns } from './IgnoredColumns.tsx';
import { ImportErrorsTable } from './ImportErrorsTable.tsx';
import { ImportRowsTable } from './ImportRowsTable.tsx';
import { RESULT_HEADING_ID } from './importFocus.ts';
import type { ImportSubject } from './importSubject.ts';
import { MissingUnits } from './MissingUnits.tsx';
import { useImportCounts } from './useImportCounts.ts';

type Props = {
  subject: ImportSubject;
  fileName: string;
  /** The dry run's plan; null when the server refused the file as a whole. */
  report: ImportReport | null;
  /** The dry run's errors, or those of a real import the server refused (422). */
  errors: readonly ImportError[];
  /** The real import found errors the dry run did not: the register changed in between. */
  changedMeanwhile: boolean;
  importing: boolean;
  importError: unknown;
  /** Whether the plan creates the units the file names that the organisation lacks, and the plan is being checked again. */
  createUnits: boolean;
  checking: boolean;
  onCreateUnits: (create: boolean) => void;
  onImport: () => void;
  onChooseAnother: () => void;
};

/** Step 2: what the import would do, row by row, and every error; only a file without errors can be imported. */
export function ImportPlanStep({
  subject,
  fileName,
  report,
  errors,
  changedMeanwhile,
  importing,
  importError,
  createUnits,
  checking,
  onCreateUnits,
  onImport,
  onChooseAnother,
}: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const counts = useImportCounts();
  const { canAdminister } = useCurrentOrganisation();
  const rows = report?.rows ?? [];
  // The file's rows, each once: a contract row that also creates its supplier is one row.
  const fileRows = new Set(rows.map((r) => `${r.sheet}\u0000${r.row}`)).size;
  const hasErrors = errors.length > 0;
  const describedBy = [report ? 'import-plan-summary' : null, hasErrors ? 'import-errors-summary' : null]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <h2 id={RESULT_HEADING_ID} className="focus-target" tabIndex={-1} aria-describedby={describedBy || undefined}>
        {t('import.planHeading', { name: fileName })}
      </h2>
      {report ? (
        <p id="import-plan-summary" className="font-lead">
          {rows.length > 0 ? counts(report, 'planned') : t(`${subject.texts}.noRows`)}
        </p>
      ) : null}
      {report ? <CreatedAlongside report={report} when="planned" /> : null}
      {report?.missingUnits ? (
        <MissingUnits
          units={report.missingUnits}
          canCreate={canAdminister}
          create={createUnits}
          checking={checking}
          onCreate={onCreateUnits}
        />
      ) : null}
      {hasErrors ? (
        <div id="import-errors-summary">
          <Alert
            variant="error"
            live={false}
            heading={t('import.errorsAlert', { count: errors.length, n: format.number(errors.length) })}
          >
            {changedMeanwhile ? <p>{t(`${subject.texts}.changedMeanwhile`)}</p> : null}
            <p>{t('import.errorsExplanation')}</p>
          </Alert>
        </div>
      ) : null}
      {report?.ignoredColumns ? <IgnoredColumns columns={report.ignoredColumns} /> : null}
      <ErrorAlert error={importError} />
      <div className="button-row mb-5">
        <button
          type="button"
          className="button button-primary"
          disabled={hasErrors || rows.length === 0 || importing || checking}
          onClick={onImport}
        >
          {importing ? t('import.importing') : t('import.submit', { count: fileRows, n: format.number(fileRows) })}
        </button>
        <button type="button" className="button button-secondary" onClick={onChooseAnother}>
          {t('import.chooseAnother')}
        </button>
      </div>
      {hasErrors ? <ImportErrorsTable errors={errors} /> : null}
      {rows.length > 0 ? <ImportRowsTable rows={rows} fieldLabel={(field) => subject.fieldLabel(t, field)} /> : null}
    </>
  );
}
