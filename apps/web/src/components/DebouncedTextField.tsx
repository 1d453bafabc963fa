import { type InputHTMLAttributes, useEffect, useRef, useState } from 'react';
import { TextField } from './TextField.tsx';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'value' | 'onChange'> & {
  id: string;
  label: string;
  hint?: string | undefined;
  /** The value in effect (e.g. from the address); the field follows it when it changes elsewhere (back button). */
  value: string | undefined;
  /** Called with the trimmed text once typing has settled for a moment (`undefined` when empty). */
  onCommit: (value: string | undefined) => void;
  delay?: number;
};

/** A text field that filters as one types, settling for a moment before it asks the server. */
export function DebouncedTextField({ value, onCommit, delay = 250, ...field }: Props) {
  const [text, setText] = useState(value ?? '');
  const committed = useRef(value);
  const commit = useRef(onCommit);
  commit.current = onCommit;

  // Follow a value changed from elsewhere, but never overwrite what is being typed with what was committed earlier.
  useEffect(() => {
    if (value === committed.current) return;
    committed.current = value;
    setText(value ?? '');
  }, [value]);

  useEffect(() => {
    const wanted = text.trim() || undefined;
    if (wanted === committed.current) return;
    const timer = setTimeout(() => {
      committed.current = wanted;
      commit.current(wanted);
    }, delay);
    return () => clearTimeout(timer);
  }, [text, delay]);

  return <TextField {...field} value={text} onChange={(e) => setText(e.target.value)} />;
}
