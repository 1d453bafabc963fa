import type { InputHTMLAttributes } from 'react';
import { FormGroup } from './FormGroup.tsx';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> & {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
};

export function TextField({ id, label, hint, error, ...input }: Props) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(control) => <input className="form-input" {...control} {...input} />}
    </FormGroup>
  );
}
