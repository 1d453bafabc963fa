import { useTranslation } from 'react-i18next';
import { Alert } from './Alert.tsx';

export function NoAccess() {
  const { t } = useTranslation();
  return <Alert variant="warning" heading={t('errors.forbiddenPage')} />;
}
