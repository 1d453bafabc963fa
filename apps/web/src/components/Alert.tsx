import errorIcon from 'dkfds-dist/img/svg-icons/error.svg';
import infoIcon from 'dkfds-dist/img/svg-icons/info.svg';
import successIcon from 'dkfds-dist/img/svg-icons/success.svg';
import warningIcon from 'dkfds-dist/img/svg-icons/warning.svg';
import type { ReactNode, Ref } from 'react';

type Variant = 'error' | 'success' | 'info' | 'warning';
const icons: Record<Variant, string> = { error: errorIcon, success: successIcon, info: infoIcon, warning: warningIcon };

type Props = {
  variant: Variant;
  heading?: ReactNode;
  children?: ReactNode;
  live?: boolean;
  /** Where focus may be moved to (an error summary after a failed submit): it takes focus by script, not by Tab. */
  focusRef?: Ref<HTMLDivElement> | undefined;
};

/** DKFDS alert. `live` announces it: errors assertively, everything else politely. */
export function Alert({ variant, heading, children, live = true, focusRef }: Props) {
  const role = live ? (variant === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div className={`alert alert-${variant} mb-5`} role={role} ref={focusRef} tabIndex={focusRef ? -1 : undefined}>
      <img className="icon-svg alert-icon" src={icons[variant]} alt="" aria-hidden="true" />
      <div className="alert-body">
        {heading ? <p className="alert-heading">{heading}</p> : null}
        {children ? <div className="alert-text">{children}</div> : null}
      </div>
    </div>
  );
}
