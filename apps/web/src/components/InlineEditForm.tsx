import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert.tsx';

type Props = {
  /** Accessible name of the form, e.g. "Ret Jonas Jensen". */
  label: string;
  className?: string;
  error: unknown;
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  /** `select` selects the first field's text (a rename); `focus` only focuses it. */
  initialFocus?: 'focus' | 'select';
  /** The submit button's text when "Gem" does not fit, e.g. "Upload". */
  submitLabel?: string | undefined;
  children: ReactNode;
};

/**
 * An edit form shown in place of what it edits: focus goes to its first field, Escape or "Annullér" cancels,
 * and the caller returns focus to the button that opened it.
 */
export function InlineEditForm({
  label,
  className = 'inline-edit',
  error,
  pending,
  onSubmit,
  onCancel,
  initialFocus = 'focus',
  submitLabel,
  children,
}: Props) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const field = formRef.current?.querySelector<HTMLElement>('input, select, textarea');
    if (initialFocus === 'select' && (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) field.select();
    else field?.focus();
  }, [initialFocus]);

  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit();
  }

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      className={className}
      aria-label={label}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <ErrorAlert error={error} />
      {children}
      <div className="button-row mt-4">
        <button type="submit" className="button button-primary" disabled={pending}>
          {submitLabel ?? t('common.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
