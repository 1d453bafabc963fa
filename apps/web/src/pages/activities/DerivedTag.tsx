import { useTranslation } from 'react-i18next';

/** "Fra kontraktvilkår": the activity is kept in step with the contract's terms (its date cannot be changed here). */
export function DerivedTag() {
  const { t } = useTranslation();
  return <span className="badge badge-info activity-tag">{t('activities.derivedTag')}</span>;
}
