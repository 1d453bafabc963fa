import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FileDropZone } from '../../components/FileDropZone.tsx';
import { Loading } from '../../components/Loading.tsx';
import { FILE_INPUT_ID } from './importFocus.ts';
import type { ImportSubject } from './importSubject.ts';

type Props = {
  subject: ImportSubject;
  organisationId: string;
  /** The name of the file being checked, or null when none is. */
  checking: string | null;
  /** Why the last file could not be checked (unreadable, too large …). */
  error: unknown;
  onFile: (file: File) => void;
};

/** Step 1: what the file must look like, the template, and the file picker. */
export function ImportFileStep({ subject, organisationId, checking, error, onFile }: Props) {
  const { t } = useTranslation();
  const texts = subject.texts;
  const tooLarge = error instanceof ApiError && error.code === 'payload_too_large';
  return (
    <>
      <p className="font-lead">{t(`${texts}.intro`)}</p>
      <h2>{t('import.guideHeading')}</h2>
      <ul>
        <li>{t(`${texts}.guideColumns`)}</li>
        <li>{t(`${texts}.guideUpdate`)}</li>
        <li>{t('import.guideAllOrNothing')}</li>
        <li>{t(`${texts}.guideFormats`)}</li>
      </ul>
      <p>
        <a href={subject.templateUrl(organisationId)} download>
          {t('import.template')}
        </a>
        <br />
        <span className="form-hint">{t(`${texts}.templateHint`)}</span>
      </p>
      <h2>{t('import.chooseHeading')}</h2>
      {tooLarge ? <Alert variant="error" heading={t('import.tooLarge')} /> : <ErrorAlert error={error} />}
      <FileDropZone
        id={FILE_INPUT_ID}
        label={t(`${texts}.fileLabel`)}
        hint={t('import.fileHint')}
        dropText={t('import.dropZone')}
        accept=".xlsx,.csv"
        onFile={onFile}
      />
      {checking !== null ? <Loading label={t('import.checking', { name: checking })} /> : null}
    </>
  );
}
