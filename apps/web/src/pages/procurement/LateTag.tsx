import { useTranslation } from 'react-i18next';

/** "Forsinket": the tender should already have started. */
export function LateTag() {
  const { t } = useTranslation();
  return <span className="badge badge-error activity-tag">{t('procurement.late')}</span>;
}
