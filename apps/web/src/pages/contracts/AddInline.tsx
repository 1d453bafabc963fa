import { type ReactNode, useEffect, useRef, useState } from 'react';

type Props = {
  /** The button that opens the form, e.g. "Tilføj priselement". */
  label: string;
  /** The form, given the function that closes it (after saving or cancelling). */
  children: (done: () => void) => ReactNode;
};

/** A button that opens an inline form to add something; closing the form returns focus to the button. */
export function AddInline({ label, children }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (!open && wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  if (open) return <>{children(() => setOpen(false))}</>;
  return (
    <button ref={button} type="button" className="button button-secondary mt-4" onClick={() => setOpen(true)}>
      {label}
    </button>
  );
}
