import { useTranslation } from 'react-i18next';
import type { Option } from './SelectField.tsx';

type Props = {
  /** Prefix of the checkboxes' ids. */
  id: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: readonly Option[];
  values: readonly string[];
  onChange: (values: string[]) => void;
};

/** DKFDS checkboxes in a fieldset whose legend names the choice: a multiple choice that works with any assistive technology. */
export function CheckboxGroup({ id, legend, hint, error, options, values, onChange }: Props) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const toggle = (value: string, checked: boolean) =>
    onChange(
      checked ? options.map((o) => o.value).filter((v) => v === value || values.includes(v)) : values.filter((v) => v !== value),
    );
  return (
    <fieldset className={`form-group${error ? ' form-error' : ''}`} aria-describedby={describedBy || undefined}>
      <legend className="form-label">{legend}</legend>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t('common.errorPrefix')} </span>
          {error}
        </span>
      ) : null}
      {options.map((o) => (
        <div key={o.value} className="form-group-checkbox">
          <input
            id={`${id}-${o.value}`}
            type="checkbox"
            className="form-checkbox"
            value={o.value}
            checked={values.includes(o.value)}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          <label className="form-label" htmlFor={`${id}-${o.value}`}>
            {o.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
