import { useTranslation } from 'react-i18next';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="spinner-box mt-5 mb-5" role="status">
      <div className="spinner" aria-hidden="true" />
      <div className="spinner-status">{label ?? t('common.loading')}</div>
    </div>
  );
}
