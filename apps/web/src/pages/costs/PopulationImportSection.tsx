import type { ImportError, PopulationImportReport } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { costProjectsKey, importPopulations, populationsKey } from '../../api/costs.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FileDropZone } from '../../components/FileDropZone.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useFormat } from '../../lib/format.ts';
import { ImportErrorsTable } from '../import/ImportErrorsTable.tsx';
import { PopulationImportReportView } from './PopulationImportReportView.tsx';

const RESULT_HEADING_ID = 'population-import-result';

/** The errors of a file the server refused as a whole (422 `import_invalid`), if that is what happened. */
function importErrorsOf(error: unknown): ImportError[] | undefined {
  return error instanceof ApiError && error.code === 'import_invalid' ? (error.problem.importErrors ?? []) : undefined;
}

type Checked = { file: File; report: PopulationImportReport | null; errors: readonly ImportError[] };

/**
 * "Importér indbyggertal": a file from Statistikbanken (FOLK1A, long or wide) or with kommunekode and indbyggertal
 * in columns. It is checked first (a dry run); what it holds and every error are shown, and only then imported.
 */
export function PopulationImportSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [done, setDone] = useState<PopulationImportReport | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const result = useRef<HTMLHeadingElement>(null);

  const check = useMutation({
    mutationFn: (file: File) => importPopulations(organisationId, file, true),
    onSuccess: (report, file) => setChecked({ file, report, errors: report.errors }),
    onError: (error, file) => {
      const errors = importErrorsOf(error);
      if (errors) setChecked({ file, report: null, errors });
    },
  });
  const apply = useMutation({
    mutationFn: (file: File) => importPopulations(organisationId, file, false),
    onSuccess: async (report) => {
      setDone(report);
      setChecked(null);
      setInputKey((k) => k + 1);
      await Promise.all(
        [populationsKey(organisationId), costProjectsKey(organisationId), ['audit']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
    },
    onError: (error) => {
      const errors = importErrorsOf(error);
      if (errors) setChecked((c) => (c ? { ...c, errors } : c));
    },
  });

  // The result of a check or an import is announced by moving focus to its heading.
  useEffect(() => {
    if (checked || done) result.current?.focus();
  }, [checked, done]);

  const choose = (file: File) => {
    if (check.isPending || apply.isPending) return;
    setDone(null);
    setChecked(null);
    apply.reset();
    check.mutate(file);
  };
  const chooseAnother = () => {
    setChecked(null);
    check.reset();
    apply.reset();
    setInputKey((k) => k + 1);
    document.getElementById('population-file')?.focus();
  };

  const tooLarge = check.error instanceof ApiError && check.error.code === 'payload_too_large';
  const figures = checked?.report?.figures ?? 0;
  const hasErrors = (checked?.errors.length ?? 0) > 0;
  return (
    <section aria-labelledby="population-import-heading" className="mb-7">
      <h2 id="population-import-heading">{t('costs.populations.importHeading')}</h2>
      <p>{t('costs.populations.importIntro')}</p>
      <ul>
        <li>{t('costs.populations.guideStatistikbanken')}</li>
        <li>{t('costs.populations.guideColumns')}</li>
        <li>{t('costs.populations.guideSkipped')}</li>
        <li>{t('import.guideAllOrNothing')}</li>
      </ul>
      <FileDropZone
        id="population-file"
        label={t('costs.populations.fileLabel')}
        hint={t('import.fileHint')}
        dropText={t('import.dropZone')}
        accept=".csv,.xlsx"
        inputKey={inputKey}
        disabled={check.isPending || apply.isPending}
        onFile={choose}
      />
      {check.isPending ? <Loading label={t('import.checking', { name: check.variables?.name ?? '' })} /> : null}
      {tooLarge ? (
        <Alert variant="error" heading={t('import.tooLarge')} />
      ) : importErrorsOf(check.error) ? null : (
        <ErrorAlert error={check.error} />
      )}
      {done ? (
        <>
          <h3 id={RESULT_HEADING_ID} ref={result} tabIndex={-1} className="focus-target">
            {t('import.doneHeading')}
          </h3>
          <Alert
            variant="success"
            live={false}
            heading={t('costs.populations.done', {
              count: done.figures,
              n: format.number(done.figures),
              created: format.number(done.created),
              changed: format.number(done.changed),
            })}
          />
        </>
      ) : null}
      {checked ? (
        <>
          <h3 id={RESULT_HEADING_ID} ref={result} tabIndex={-1} className="focus-target">
            {t('import.planHeading', { name: checked.file.name })}
          </h3>
          {checked.report ? <PopulationImportReportView report={checked.report} /> : null}
          {hasErrors ? (
            <Alert
              variant="error"
              live={false}
              heading={t('import.errorsAlert', { count: checked.errors.length, n: format.number(checked.errors.length) })}
            >
              <p>{t('import.errorsExplanation')}</p>
            </Alert>
          ) : null}
          {importErrorsOf(apply.error) ? null : <ErrorAlert error={apply.error} />}
          <div className="button-row mb-5">
            <button
              type="button"
              className="button button-primary"
              disabled={hasErrors || figures === 0 || apply.isPending}
              onClick={() => apply.mutate(checked.file)}
            >
              {apply.isPending
                ? t('import.importing')
                : t('costs.populations.submit', { count: figures, n: format.number(figures) })}
            </button>
            <button type="button" className="button button-secondary" onClick={chooseAnother}>
              {t('import.chooseAnother')}
            </button>
          </div>
          {hasErrors ? <ImportErrorsTable errors={checked.errors} /> : null}
        </>
      ) : null}
    </section>
  );
}
