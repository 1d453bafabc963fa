import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { uploadProblemKey } from './documentErrors.ts';

/** Why an upload failed: in plain Danish for a file too large, empty or of a type not taken, else the server's own words. */
export function UploadErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const key = uploadProblemKey(error);
  return key ? <Alert variant="error" heading={t(key)} /> : <ErrorAlert error={error} />;
}
