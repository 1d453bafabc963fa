import { useTranslation } from 'react-i18next';

/**
 * Where a derived activity comes from, so a person knows why its date cannot be changed here: "Fra kontraktvilkår"
 * (kept in step with the contract's terms) or "Fra leverandørens segment" (the follow-up regime, key `regime:…`).
 */
export function DerivedTag({ derivedKey }: { derivedKey: string | null }) {
  const { t } = useTranslation();
  return (
    <span className="badge badge-info activity-tag">
      {derivedKey?.startsWith('regime:') ? t('activities.segmentTag') : t('activities.derivedTag')}
    </span>
  );
}
