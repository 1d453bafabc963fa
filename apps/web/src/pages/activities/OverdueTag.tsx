import { useTranslation } from 'react-i18next';

/** "Overskredet": an open activity whose due date has passed. */
export function OverdueTag() {
  const { t } = useTranslation();
  return <span className="badge badge-error activity-tag">{t('activities.overdueTag')}</span>;
}
