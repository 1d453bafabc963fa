import type { Option } from './SelectField.tsx';

type Props = {
  /** Used for the radio buttons' name and as the prefix of their ids. */
  name: string;
  legend: string;
  options: readonly Option[];
  value: string;
  onChange: (value: string) => void;
};

/** DKFDS radio buttons in a fieldset whose legend names the choice. */
export function RadioGroup({ name, legend, options, value, onChange }: Props) {
  return (
    <fieldset className="form-group">
      <legend className="form-label">{legend}</legend>
      {options.map((o) => (
        <div key={o.value} className="form-group-radio">
          <input
            id={`${name}-${o.value}`}
            type="radio"
            className="form-radio"
            name={name}
            value={o.value}
            checked={value === o.value}
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
