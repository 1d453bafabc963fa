import { canonicalDecimal } from './decimal-text.js';
import type { Ore } from './ore.js';

/**
 * Danish number and money formatting for explanations and letters: a full stop groups thousands, a comma
 * separates the decimals, and money ends in " kr.": 123450n → "1.234,50 kr.", -5n → "-0,05 kr.".
 * Written by hand (not `Intl`) so the output never depends on the ICU data the server happens to have.
 */

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Øre as Danish kroner with two decimals: 123450n → "1.234,50 kr.", 0n → "0,00 kr.", -150n → "-1,50 kr.". */
export function formatKroner(ore: Ore): string {
  const negative = ore < 0n;
  const abs = negative ? -ore : ore;
  const text = `${groupThousands((abs / 100n).toString())},${(abs % 100n).toString().padStart(2, '0')} kr.`;
  return negative ? `-${text}` : text;
}

/**
 * A decimal number ("1234.5", "-0.25") the Danish way, with at least `minDecimals` decimals and all the
 * decimals it has beyond that (nothing is rounded away): ("1234.5", 2) → "1.234,50"; ("0.3355", 2) → "0,3355";
 * ("12", 0) → "12". Throws RangeError for text that is not a plain decimal.
 */
export function formatDanishNumber(value: string, minDecimals = 0): string {
  const canonical = canonicalDecimal(value);
  const negative = canonical.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? canonical.slice(1) : canonical).split('.');
  const decimals = fraction.padEnd(minDecimals, '0');
  const text = decimals ? `${groupThousands(whole)},${decimals}` : groupThousands(whole);
  return negative ? `-${text}` : text;
}

/**
 * A price in kroner with at least two decimals and any further ones it has:
 * "1020.4" → "1.020,40 kr.", "0.3355" → "0,3355 kr.".
 */
export function formatKronerPrice(value: string): string {
  return `${formatDanishNumber(value, 2)} kr.`;
}
