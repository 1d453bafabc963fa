import type { SelectHTMLAttributes } from 'react';
import { FormGroup } from './FormGroup.tsx';

export type Option = { value: string; label: string };

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> & {
  id: string;
  label: string;
  options: readonly Option[];
  hint?: string | undefined;
  error?: string | undefined;
};

export function SelectField({ id, label, options, hint, error, ...select }: Props) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <select className="form-select" {...control} {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormGroup>
  );
}
