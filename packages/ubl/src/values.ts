import { type CalendarDate, canonicalDecimal, type DecimalText, isCalendarDate } from '@overblik/core';
import { EInvoiceError, type SourcePosition } from './errors.js';

/** The text of a leaf element as the parser read it, with where it is. */
export type Leaf = {
  /** The text content, whitespace-trimmed. */
  text: string;
  /** An unqualified attribute's value, or null. */
  attribute(name: string): string | null;
  /** The element's path from the root, for messages ("Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount"). */
  path: string;
  position: SourcePosition;
};

// xs:decimal: digits with an optional point; no exponent, no thousands separator, no decimal comma.
const XS_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const XS_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function text(leaf: Leaf): string | null {
  return leaf.text === '' ? null : leaf.text;
}

export function decimal(leaf: Leaf): DecimalText {
  const value = leaf.text;
  if (!XS_DECIMAL.test(value)) throw invalid(leaf, 'is not a decimal number');
  // canonicalDecimal wants digits on both sides of the point; xs:decimal also allows "5." and ".5".
  return canonicalDecimal(value.replace(/^([+-]?)\./, (_, sign: string) => `${sign}0.`).replace(/\.$/, ''));
}

export function date(leaf: Leaf): CalendarDate {
  if (!XS_DATE.test(leaf.text) || !isCalendarDate(leaf.text)) throw invalid(leaf, 'is not a calendar date (YYYY-MM-DD)');
  return leaf.text;
}

/** xs:boolean, as in cbc:ChargeIndicator. */
export function indicator(leaf: Leaf): boolean {
  if (leaf.text === 'true' || leaf.text === '1') return true;
  if (leaf.text === 'false' || leaf.text === '0') return false;
  throw invalid(leaf, 'is not true or false');
}

export function schemed(leaf: Leaf, schemeAttribute = 'schemeID'): { value: string; scheme: string | null } | null {
  const value = text(leaf);
  return value === null ? null : { value, scheme: leaf.attribute(schemeAttribute)?.trim() || null };
}

/** The exact sum of decimals (no float rounding), e.g. the tax of several TaxTotals. */
export function sumDecimals(values: readonly DecimalText[]): DecimalText {
  const scale = Math.max(0, ...values.map((v) => v.split('.')[1]?.length ?? 0));
  const total = values.reduce((sum, v) => {
    const [whole = '0', fraction = ''] = v.replace('-', '').split('.');
    const units = BigInt(whole + fraction.padEnd(scale, '0'));
    return v.startsWith('-') ? sum - units : sum + units;
  }, 0n);
  const digits = (total < 0n ? -total : total).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return canonicalDecimal(total < 0n ? `-${body}` : body);
}

function invalid(leaf: Leaf, problem: string): EInvoiceError {
  const shown = leaf.text.length > 40 ? `${leaf.text.slice(0, 40)}…` : leaf.text;
  return new EInvoiceError('invalid_value', `${leaf.path}: "${shown}" ${problem}`, leaf.position);
}
