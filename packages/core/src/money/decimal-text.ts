/**
 * Exact decimal numbers kept as text (unit prices, quantities, percentages): never a binary float.
 * The canonical form has a point, no leading zeros, no trailing zeros after the point and no "-0":
 * "0012,500" → "12.5", "-0.00" → "0", "3." is not a number.
 */
const DECIMAL = /^([+-])?(\d+)(?:[.,](\d+))?$/;

export function isDecimalText(text: string): boolean {
  return DECIMAL.test(text.trim());
}

export function canonicalDecimal(text: string): string {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new RangeError(`Not a decimal number: "${text}"`);
  const [, sign, whole = '0', fraction = ''] = match;
  const w = whole.replace(/^0+(?=\d)/, '');
  const f = fraction.replace(/0+$/, '');
  const body = f ? `${w}.${f}` : w;
  return sign === '-' && /[1-9]/.test(body) ? `-${body}` : body;
}
