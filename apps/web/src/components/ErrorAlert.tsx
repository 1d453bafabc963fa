import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { Alert } from './Alert.tsx';

/**
 * Shows an API problem's localised title (and detail); field messages are shown next to their fields. When a
 * submitted form is refused field by field, the summary takes focus and comes into view, so the person (and a
 * screen reader) learns at once that something must be corrected, wherever on the page they were.
 */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  const refused = error instanceof ApiError && (error.problem.errors?.length ?? 0) > 0;
  // Again for each refusal (a new error), not only the first.
  useEffect(() => {
    if (refused && error && summary.current) {
      summary.current.focus({ preventScroll: true });
      summary.current.scrollIntoView({ block: 'center' });
    }
  }, [refused, error]);
  if (!error) return null;
  if (error instanceof ApiError) {
    return (
      <Alert variant="error" heading={error.problem.title} focusRef={refused ? summary : undefined}>
        {error.problem.detail ? <p>{error.problem.detail}</p> : null}
      </Alert>
    );
  }
  return <Alert variant="error" heading={t('errors.unexpected')} />;
}

export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldError(field) : undefined;
}
