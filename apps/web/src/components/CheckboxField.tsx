import type { InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'type'> & {
  id: string;
  label: string;
  hint?: string | undefined;
};

/** A single DKFDS checkbox (a yes/no question) with its label and an optional hint linked for screen readers. */
export function CheckboxField({ id, label, hint, ...input }: Props) {
  return (
    <div className="form-group">
      <div className="form-group-checkbox">
        <input id={id} type="checkbox" className="form-checkbox" aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
        <label className="form-label" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <span className="form-hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
      </div>
    </div>
  );
}
