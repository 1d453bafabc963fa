import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { supplierImportTemplateUrl } from '../../api/suppliers.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ImportFilePicker } from './ImportFilePicker.tsx';

type Props = {
  organisationId: string;
  /** The name of the file being checked, or null when none is. */
  checking: string | null;
  /** Why the last file could not be checked (unreadable, too large …). */
  error: unknown;
  onFile: (file: File) => void;
};

/** Step 1: what the file must look like, the template, and the file picker. */
export function ImportFileStep({ organisationId, checking, error, onFile }: Props) {
  const { t } = useTranslation();
  const tooLarge = error instanceof ApiError && error.code === 'payload_too_large';
  return (
    <>
      <p className="font-lead">{t('supplierImport.intro')}</p>
      <h2>{t('supplierImport.guideHeading')}</h2>
      <ul>
        <li>{t('supplierImport.guideColumns')}</li>
        <li>{t('supplierImport.guideUpdate')}</li>
        <li>{t('supplierImport.guideAllOrNothing')}</li>
        <li>{t('supplierImport.guideFormats')}</li>
      </ul>
      <p>
        <a href={supplierImportTemplateUrl(organisationId)} download>
          {t('supplierImport.template')}
        </a>
        <br />
        <span className="form-hint">{t('supplierImport.templateHint')}</span>
      </p>
      <h2>{t('supplierImport.chooseHeading')}</h2>
      {tooLarge ? <Alert variant="error" heading={t('supplierImport.tooLarge')} /> : <ErrorAlert error={error} />}
      <ImportFilePicker onFile={onFile} />
      {checking !== null ? <Loading label={t('supplierImport.checking', { name: checking })} /> : null}
    </>
  );
}
