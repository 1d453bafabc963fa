import { useTranslation } from 'react-i18next';
import { Alert } from './Alert.tsx';

/** In place of a page the person may not use; `heading` says who may (by default: system administrators). */
export function NoAccess({ heading }: { heading?: string }) {
  const { t } = useTranslation();
  return <Alert variant="warning" heading={heading ?? t('errors.forbiddenPage')} />;
}
