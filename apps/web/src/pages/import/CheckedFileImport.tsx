import type { ImportError } from '@overblik/api';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FileDropZone } from '../../components/FileDropZone.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useFormat } from '../../lib/format.ts';
import { ImportErrorsTable } from './ImportErrorsTable.tsx';
import { importErrorsOf } from './importErrors.ts';

type Report = { errors: readonly ImportError[] };

type Checked<R> = { file: File; report: R | null; errors: readonly ImportError[] };

export type CheckedFileImportProps<R extends Report> = {
  /** The file input's id; the result heading's id is derived from it. */
  id: string;
  label: string;
  accept?: string;
  /** Sends the file: as a dry run (nothing is written) or for real (all or nothing). */
  run: (file: File, dryRun: boolean) => Promise<R>;
  /** What the file would import (0 leaves nothing to import). */
  count: (report: R) => number;
  submitLabel: (count: number) => string;
  /** What the dry run found, shown above the errors. */
  report: (report: R) => ReactNode;
  /** The success message after the import. */
  done: (report: R) => string;
  /** After a real import: ask again for what it changed. */
  onImported: (report: R) => Promise<unknown>;
};

/**
 * A file imported in one section of a page: choosing it runs a dry run at once, what it holds and every error
 * are shown, and only a file without errors can then be imported. Focus moves to the result's heading each time.
 * (The register's import has its own page in steps: pages/import/ImportWizard.)
 */
export function CheckedFileImport<R extends Report>(props: CheckedFileImportProps<R>) {
  const { t } = useTranslation();
  const format = useFormat();
  const [checked, setChecked] = useState<Checked<R> | null>(null);
  const [done, setDone] = useState<R | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const result = useRef<HTMLHeadingElement>(null);
  const resultId = `${props.id}-result`;

  const check = useMutation({
    mutationFn: (file: File) => props.run(file, true),
    onSuccess: (report, file) => setChecked({ file, report, errors: report.errors }),
    onError: (error, file) => {
      const errors = importErrorsOf(error);
      if (errors) setChecked({ file, report: null, errors });
    },
  });
  const apply = useMutation({
    mutationFn: (file: File) => props.run(file, false),
    onSuccess: async (report) => {
      setDone(report);
      setChecked(null);
      setInputKey((k) => k + 1);
      await props.onImported(report);
    },
    onError: (error) => {
      const errors = importErrorsOf(error);
      if (errors) setChecked((c) => (c ? { ...c, errors } : c));
    },
  });

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
    document.getElementById(props.id)?.focus();
  };

  const tooLarge = check.error instanceof ApiError && check.error.code === 'payload_too_large';
  const count = checked?.report ? props.count(checked.report) : 0;
  const hasErrors = (checked?.errors.length ?? 0) > 0;
  return (
    <>
      <FileDropZone
        id={props.id}
        label={props.label}
        hint={t('import.fileHint')}
        dropText={t('import.dropZone')}
        accept={props.accept ?? '.csv,.xlsx'}
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
          <h3 id={resultId} ref={result} tabIndex={-1} className="focus-target">
            {t('import.doneHeading')}
          </h3>
          <Alert variant="success" live={false} heading={props.done(done)} />
        </>
      ) : null}
      {checked ? (
        <>
          <h3 id={resultId} ref={result} tabIndex={-1} className="focus-target">
            {t('import.planHeading', { name: checked.file.name })}
          </h3>
          {checked.report ? props.report(checked.report) : null}
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
              disabled={hasErrors || count === 0 || apply.isPending}
              onClick={() => apply.mutate(checked.file)}
            >
              {apply.isPending ? t('import.importing') : props.submitLabel(count)}
            </button>
            <button type="button" className="button button-secondary" onClick={chooseAnother}>
              {t('import.chooseAnother')}
            </button>
          </div>
          {hasErrors ? <ImportErrorsTable errors={checked.errors} /> : null}
        </>
      ) : null}
    </>
  );
}
