import type { ErrorCode, FieldErrorCode } from './catalog.js';

/** `message` replaces the catalog's text where a rule gives its own (the cost-project reader's Danish explanations). */
export type FieldError = { field: string; code: FieldErrorCode; message?: string };

/** A problem with one cell (or a whole row or sheet) of an imported spreadsheet. */
export type CellError = {
  sheet: string;
  row: number | null;
  column: string | null;
  code: FieldErrorCode;
  /** The cell's text, where the message names it (`{value}` in the catalog's text). */
  value?: string;
};

/** A typed, expected failure of a use case; anything else is a bug and becomes a 500. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fieldErrors: readonly FieldError[] = [],
    readonly cellErrors: readonly CellError[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** A 400 for one or more fields, e.g. `invalidFields({ field: '/cvr', code: 'cvr_checksum' })`. */
export function invalidFields(...errors: FieldError[]): AppError {
  return new AppError('validation_failed', errors);
}
