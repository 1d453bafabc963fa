import { canonicalDecimal } from '../money/decimal-text.js';
import { oreToDecimalString } from '../money/ore.js';
import { oreRatioToKroner, type Ratio, ratioToDecimal } from '../money/ratio.js';

/** Ratios that are prices in øre are written in kroner; other ratios (weights, shares of a year) as they are. */
const PRICE_KEYS = new Set(['yearlyPrice', 'pricePerInhabitant', 'unitPrice', 'rate']);

const isRatio = (value: unknown): value is Ratio =>
  typeof value === 'object' && value !== null && typeof (value as Ratio).n === 'bigint' && typeof (value as Ratio).d === 'bigint';

/** The JSON form of a plan's values: øre as kroner with two decimals, exact prices with up to four, weights and shares with up to six. */
type Plain<T> = T extends bigint ? string : T extends Ratio ? string : T extends object ? { [K in keyof T]: Plain<T[K]> } : T;

function plain(value: unknown, key: string): unknown {
  if (typeof value === 'bigint') return oreToDecimalString(value);
  if (isRatio(value)) return PRICE_KEYS.has(key) ? oreRatioToKroner(value) : canonicalDecimal(ratioToDecimal(value, 6));
  if (Array.isArray(value)) return value.map((item) => plain(item, key));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v, k)]));
  }
  return value;
}

/**
 * Plans, comparisons and forecasts in the JSON form of docs/cost-sharing.md, shared by the CLI's `--json` and the
 * API: amounts in kroner as decimal text with two decimals ("4590163.94"), exact prices with up to four decimals,
 * weights and shares with up to six.
 */
export function plainCostValues<T>(value: T): Plain<T> {
  return plain(value, '') as Plain<T>;
}
