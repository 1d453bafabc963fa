import { useTranslation } from 'react-i18next';

type Props = {
  /** Names the navigation, e.g. "Sider i leverandørlisten". */
  label: string;
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
};

/** Previous and next page of a list shown `limit` rows at a time; hidden when everything fits on one page. */
export function Pager({ label, offset, limit, total, onChange }: Props) {
  const { t } = useTranslation();
  if (total <= limit && offset === 0) return null;
  return (
    <nav className="button-row mt-5" aria-label={label}>
      <button
        type="button"
        className="button button-secondary"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        {t('common.previous')}
      </button>
      <button
        type="button"
        className="button button-secondary"
        disabled={offset + limit >= total}
        onClick={() => onChange(offset + limit)}
      >
        {t('common.next')}
      </button>
    </nav>
  );
}
