/**
 * Money is held as integer øre in a `bigint` (1 krone = 100 øre); never a binary float.
 * Rounding rule where an amount in more than two decimals must become øre: half away from zero
 * (0,005 kr → 1 øre, −0,005 kr → −1 øre), the rule Danish invoices and OIOUBL totals use.
 */
export type Ore = bigint;

const DECIMAL = /^([+-])?(\d+)(?:[.,](\d+))?$/;

/**
 * The largest amount any money field holds: 999.999.999.999,99 kr. Far above any municipal contract, and far
 * below 2^53 øre, so an amount is exact in every layer that might hold it as a number (JSON, a spreadsheet
 * cell, a database driver). Every money field refuses more (and less than minus it).
 */
export const MAX_AMOUNT_ORE: Ore = 99_999_999_999_999n;

/** Whether a money field takes negative amounts: a credit note or a true-up does; an annual cost does not. */
export type AmountSign = 'positive' | 'signed';

export type AmountProblem = 'amount_too_large' | 'amount_negative';

/** What is wrong with an amount for a field of the given sign, or null. */
export function amountProblem(ore: Ore, sign: AmountSign): AmountProblem | null {
  if (ore < 0n && sign === 'positive') return 'amount_negative';
  if (ore > MAX_AMOUNT_ORE || ore < -MAX_AMOUNT_ORE) return 'amount_too_large';
  return null;
}

/** Parses a decimal amount in kroner ("1234.5", "1234,50", "-0,005") into øre, rounding half away from zero. */
export function kronerToOre(input: string): Ore {
  const compact = input.trim().replace(/[\s_]/g, '');
  const match = DECIMAL.exec(compact);
  if (!match) throw new RangeError(`Not a decimal amount: "${input}"`);
  const [, sign, whole = '0', fraction = ''] = match;
  const padded = `${fraction}000`;
  let ore = BigInt(whole) * 100n + BigInt(padded.slice(0, 2));
  const rest = fraction.slice(2);
  if (rest.length > 0 && Number(rest[0]) >= 5) ore += 1n;
  return sign === '-' ? -ore : ore;
}

/** Formats øre as a plain decimal string with two decimals and a point: 123456n → "1234.56". */
export function oreToDecimalString(ore: Ore): string {
  const negative = ore < 0n;
  const abs = negative ? -ore : ore;
  const text = `${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}
