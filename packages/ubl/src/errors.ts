export type EInvoiceErrorCode =
  /** The input is longer than `maxBytes` (checked before parsing). */
  | 'too_large'
  /** A `<!DOCTYPE …>`: refused outright, which also rules out entity declarations, XXE and "billion laughs". */
  | 'doctype'
  /** A reference to an entity other than the five predefined ones (character references are fine). */
  | 'entity'
  /** Not well-formed XML, truncated, or not in a supported encoding (invalid UTF-8 is refused, not replaced). */
  | 'malformed'
  /** Well-formed XML, but the root element is not a UBL Invoice or CreditNote. */
  | 'not_ubl'
  /** A required element is absent; `detail` names its path. */
  | 'missing'
  /** An element holds something that is not a value of its type (decimal, date, indicator); `detail` says which. */
  | 'invalid_value';

/** Why an e-invoice could not be read, with the 1-based source position where there is one. */
export class EInvoiceError extends Error {
  readonly code: EInvoiceErrorCode;
  readonly line: number | null;
  readonly column: number | null;
  /** Short English technical detail: the element path, the offending value or the XML parser's message. */
  readonly detail: string;

  constructor(code: EInvoiceErrorCode, detail: string, position: SourcePosition | null = null) {
    const at = position ? ` (line ${position.line}, column ${position.column})` : '';
    super(`E-invoice refused (${code}): ${detail}${at}`);
    this.name = 'EInvoiceError';
    this.code = code;
    this.detail = detail;
    this.line = position?.line ?? null;
    this.column = position?.column ?? null;
  }
}

export type SourcePosition = { line: number; column: number };
