import type { TextareaHTMLAttributes } from 'react';
import { FormGroup } from './FormGroup.tsx';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> & {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
};

/** DKFDS text area (a `form-input` that spans several lines). */
export function TextAreaField({ id, label, hint, error, rows = 5, ...textarea }: Props) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(control) => <textarea className="form-input" rows={rows} {...control} {...textarea} />}
    </FormGroup>
  );
}
