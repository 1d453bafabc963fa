import { useTranslation } from 'react-i18next';
import type { Option } from './SelectField.tsx';

type Props = {
  /** Used for the radio buttons' name and as the prefix of their ids (the first button's id: `${name}-${first value}`). */
  name: string;
  legend: string;
  options: readonly Option[];
  /** The chosen value; '' when none is chosen yet. */
  value: string;
  onChange: (value: string) => void;
  /** A required choice not made: shown under the legend and linked to every button. */
  error?: string | undefined;
};

/** DKFDS radio buttons in a fieldset whose legend names the choice. */
export function RadioGroup({ name, legend, options, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const errorId = `${name}-error`;
  return (
    <fieldset className={`form-group${error ? ' form-error' : ''}`}>
      <legend className="form-label">{legend}</legend>
      {error ? (
        <span className="form-error-message" id={errorId}>
          <span className="sr-only">{t('common.errorPrefix')} </span>
          {error}
        </span>
      ) : null}
      {options.map((o) => (
        <div key={o.value} className="form-group-radio">
          <input
            id={`${name}-${o.value}`}
            type="radio"
            className="form-radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            aria-describedby={error ? errorId : undefined}
            aria-invalid={error ? true : undefined}
            onChange={() => onChange(o.value)}
          />
          <label className="form-label" htmlFor={`${name}-${o.value}`}>
            {o.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
