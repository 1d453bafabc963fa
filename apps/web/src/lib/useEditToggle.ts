import { useEffect, useRef, useState } from 'react';

/**
 * Whether an inline edit form is open, and the button that opens it; when the form closes (saved or
 * cancelled), focus returns to that button so a keyboard user continues where they were.
 */
export function useEditToggle() {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return { editing, setEditing, editButton };
}
