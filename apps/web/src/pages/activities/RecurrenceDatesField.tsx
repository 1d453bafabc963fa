import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField.tsx';

export type DateRow = { key: number; value: string };

type Props = {
  idPrefix: string;
  rows: readonly DateRow[];
  onChange: (rows: DateRow[]) => void;
  errorFor: (field: string) => string | undefined;
};

/** The dates of an activity that falls due on chosen days (recurrence "På bestemte datoer"), one field per date. */
export function RecurrenceDatesField({ idPrefix, rows, onChange, errorFor }: Props) {
  const { t } = useTranslation();
  const error = errorFor('recurrenceDates');
  return (
    <fieldset className={`form-group${error ? ' form-error' : ''}`}>
      <legend className="form-label">{t('activities.fields.recurrenceDates')}</legend>
      {error ? (
        <span className="form-error-message">
          <span className="sr-only">{t('common.errorPrefix')} </span>
          {error}
        </span>
      ) : null}
      {rows.length === 0 ? <p className="form-hint">{t('activities.dates.none')}</p> : null}
      {rows.map((row, index) => (
        <div key={row.key} className="form-row">
          <TextField
            id={`${idPrefix}-date-${row.key}`}
            label={t('activities.dates.date', { n: index + 1 })}
            type="date"
            value={row.value}
            onChange={(e) => onChange(rows.map((r) => (r.key === row.key ? { ...r, value: e.target.value } : r)))}
            error={errorFor(`recurrenceDates/${index}`)}
          />
          <button
            type="button"
            className="button button-tertiary"
            aria-label={t('activities.dates.removeNamed', { n: index + 1 })}
            onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
          >
            {t('activities.dates.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-secondary mt-3"
        onClick={() => onChange([...rows, { key: Math.max(0, ...rows.map((r) => r.key)) + 1, value: '' }])}
      >
        {t('activities.dates.add')}
      </button>
    </fieldset>
  );
}
