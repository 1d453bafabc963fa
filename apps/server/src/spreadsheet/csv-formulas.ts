/**
 * CSV injection (OWASP): a spreadsheet program opening a CSV file runs a cell that starts with `=`, `+`, `-`
 * or `@` as a formula (and a leading tab or carriage return can hide one). Every text cell the product writes
 * to CSV that starts so is written with a leading apostrophe, which spreadsheets show as text; the import reads
 * it back without the apostrophe, so an export imported again gives the original text. A text that already
 * starts with apostrophes before such a character gets one more, so the round trip is exact for every text.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** The text as written to a CSV cell: formula-leading text with one apostrophe in front. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text of a CSV cell as the product wrote it: one apostrophe before formula-leading text removed. */
export function restoreFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
