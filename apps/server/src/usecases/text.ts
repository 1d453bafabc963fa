/** Text as the register stores it: trimmed, and blank text means "no value" (null). */
export function blankToNull(value: string | null): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}

type TextFields = Record<string, string | null | undefined>;

/** Fields that may not be null (names) stay strings: their schema (`Name`) already refuses blank text. */
type Blanked<T extends TextFields> = { [K in keyof T]?: null extends T[K] ? string | null : string };

/**
 * Applies `blankToNull` to every field of a request; fields left out stay out, so a PATCH changes only
 * what was sent and an empty text clears a field.
 */
export function blankFieldsToNull<T extends TextFields>(input: T): Blanked<T> {
  const out: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined) out[key] = blankToNull(value);
  }
  return out as Blanked<T>;
}
