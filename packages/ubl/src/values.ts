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

const XS_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function text(leaf: Leaf): string | null {
  return leaf.text === '' ? null : leaf.text;
}

export function decimal(leaf: Leaf): DecimalText {
  const value = leaf.text;
  const canonical = canonicalXsDecimal(value);
  if (canonical === null) throw invalid(leaf, 'is not a decimal number');
  return canonical;
}

/**
 * An xs:decimal (digits with an optional point, e.g. "5.", ".5", "+0012.50"; no exponent, no thousands
 * separator, no decimal comma) in the canonical form of `canonicalDecimal` ("12.5"), or null. Written as one
 * pass over the characters because every amount, quantity and price of an invoice goes through it.
 */
export function canonicalXsDecimal(value: string): DecimalText | null {
  const n = value.length;
  let i = 0;
  const sign = value.charCodeAt(0);
  if (sign === 0x2b || sign === 0x2d) i = 1;
  let wholeStart = i;
  while (i < n && isDigit(value.charCodeAt(i))) i++;
  const wholeEnd = i;
  let fractionStart = i;
  let fractionEnd = i;
  if (i < n && value.charCodeAt(i) === 0x2e) {
    fractionStart = ++i;
    while (i < n && isDigit(value.charCodeAt(i))) i++;
    fractionEnd = i;
  }
  if (i !== n || (wholeEnd === wholeStart && fractionEnd === fractionStart)) return null;
  while (wholeStart < wholeEnd - 1 && value.charCodeAt(wholeStart) === 0x30) wholeStart++;
  while (fractionEnd > fractionStart && value.charCodeAt(fractionEnd - 1) === 0x30) fractionEnd--;
  const whole = wholeEnd === wholeStart ? '0' : value.slice(wholeStart, wholeEnd);
  const body = fractionEnd > fractionStart ? `${whole}.${value.slice(fractionStart, fractionEnd)}` : whole;
  return sign === 0x2d && body !== '0' ? `-${body}` : body;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
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
