import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** The button that starts the action, e.g. "Tilbagekald". */
  label: string;
  /** Accessible name of the start button when the visible label is ambiguous in a list, e.g. "Tilbagekald Integration X". */
  accessibleLabel?: string | undefined;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
};

/**
 * An inline confirmation instead of a modal: the button turns into a question with confirm and cancel.
 * Focus moves to the confirm button (described by the question); Escape or cancel returns it to the start button.
 */
export function ConfirmAction({ label, accessibleLabel, question, confirmLabel, onConfirm, pending = false }: Props) {
  const { t } = useTranslation();
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) startRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={startRef}
        type="button"
        className="button button-tertiary"
        aria-label={accessibleLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape cancels, as in a dialog
    <span
      className="confirm-action"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setAsking(false);
      }}
    >
      <span className="confirm-question" id={questionId}>
        {question}
      </span>
      <button
        ref={confirmRef}
        type="button"
        className="button button-warning"
        aria-describedby={questionId}
        disabled={pending}
        onClick={() => {
          onConfirm();
          setAsking(false);
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button button-tertiary" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
