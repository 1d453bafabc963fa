import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';

export function RouteErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('errors.pageTitle')}>{t('errors.pageTitle')}</PageHeading>
      <ErrorAlert error={error} />
      <button type="button" className="button button-secondary" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </>
  );
}
