import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { Alert } from './Alert.tsx';

/** Shows an API problem's localised title (and detail); field messages are shown next to their fields. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError) {
    return (
      <Alert variant="error" heading={error.problem.title}>
        {error.problem.detail ? <p>{error.problem.detail}</p> : null}
      </Alert>
    );
  }
  return <Alert variant="error" heading={t('errors.unexpected')} />;
}

export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldError(field) : undefined;
}
