import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField.tsx';

export type LinkRow = { key: number; label: string; url: string };

type Props = {
  idPrefix: string;
  rows: readonly LinkRow[];
  onChange: (rows: LinkRow[]) => void;
  errorFor: (field: string) => string | undefined;
};

/** Links to the contract elsewhere (ESDH, the supplier's portal …), each with a label and an address. */
export function LinksField({ idPrefix, rows, onChange, errorFor }: Props) {
  const { t } = useTranslation();
  const change = (key: number, patch: Partial<LinkRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <fieldset className="form-group links-field">
      <legend className="form-label">{t('contracts.fields.links')}</legend>
      {rows.length === 0 ? <p className="form-hint">{t('contracts.links.none')}</p> : null}
      {rows.map((row, index) => (
        <div key={row.key} className="form-row">
          <TextField
            id={`${idPrefix}-link-${row.key}-label`}
            label={t('contracts.links.label', { n: index + 1 })}
            autoComplete="off"
            value={row.label}
            onChange={(e) => change(row.key, { label: e.target.value })}
            error={errorFor(`links/${index}/label`)}
          />
          <TextField
            id={`${idPrefix}-link-${row.key}-url`}
            label={t('contracts.links.url', { n: index + 1 })}
            type="url"
            autoComplete="off"
            value={row.url}
            onChange={(e) => change(row.key, { url: e.target.value })}
            error={errorFor(`links/${index}/url`) ?? errorFor(`links/${index}`)}
          />
          <button
            type="button"
            className="button button-tertiary"
            aria-label={t('contracts.links.removeNamed', { n: index + 1 })}
            onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
          >
            {t('contracts.links.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-secondary mt-3"
        onClick={() => onChange([...rows, { key: Math.max(0, ...rows.map((r) => r.key)) + 1, label: '', url: '' }])}
      >
        {t('contracts.links.add')}
      </button>
    </fieldset>
  );
}
