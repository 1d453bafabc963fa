/**
 * Characters a file name must not carry: control characters (C0, DEL and C1: CR and LF split an HTTP header
 * or a log line, NUL ends a C string) and the Unicode bidirectional controls (U+061C, U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069), which can make `kontrakt<U+202E>fdp.exe` display as `kontraktexe.pdf`; and
 * halves of a surrogate pair without the other half, which are no character at all (and make
 * `encodeURIComponent` throw).
 */
const UNSAFE = /[\p{Cc}\p{Bidi_Control}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** The longest name kept, in characters (most file systems allow 255 bytes; a header line should stay short). */
export const MAX_FILE_NAME_LENGTH = 255;

/**
 * The name a file is stored and offered for download under, from the name it came with (an upload's query or
 * multipart part, a file in a folder, a stored name): without the characters above, without a folder path
 * (`C:\\Users\\x\\a.pdf` → `a.pdf`), trimmed, and at most `MAX_FILE_NAME_LENGTH` characters with its extension
 * kept. `fallback` is the answer when nothing usable is left (nothing given, only control characters, `..`).
 */
export function safeFileName<F extends string | null>(name: string | null | undefined, fallback: F): string | F {
  const cleaned = (name ?? '').replace(UNSAFE, '');
  const base = (cleaned.split(/[/\\]/).pop() ?? '').trim();
  if (base === '' || base === '.' || base === '..') return fallback;
  return shorten(base);
}

function shorten(name: string): string {
  const chars = [...name];
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? [...name.slice(dot)] : [];
  const keep = extension.length > 0 && extension.length <= 20 ? extension : [];
  return `${chars
    .slice(0, MAX_FILE_NAME_LENGTH - keep.length)
    .join('')
    .trimEnd()}${keep.join('')}`;
}
