/**
 * Checks a GS1 GLN (the 13-digit "EAN-nummer" a Danish public unit receives e-invoices on):
 * 13 digits whose last digit is the GS1 modulo-10 check digit of the first twelve.
 */
export function isValidGln(input: string): boolean {
  if (!/^\d{13}$/.test(input)) return false;
  return gs1CheckDigit(input.slice(0, 12)) === Number(input[12]);
}

/** GS1 check digit: weights 3 and 1 alternate from the rightmost data digit. */
export function gs1CheckDigit(data: string): number {
  let sum = 0;
  for (let i = 0; i < data.length; i++) {
    const digit = Number(data[data.length - 1 - i]);
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}
