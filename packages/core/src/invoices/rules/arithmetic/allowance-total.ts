import { isZeroRatio, RATIO_ZERO } from '../../../money/ratio.js';
import { compare, type TotalRule, totalCheck } from './figures.js';

/**
 * arithmetic_total (allowance_total): AllowanceTotalAmount = Σ document allowances (BR-CO-11); a missing total counts
 * 0, and nothing is checked when there is neither a total nor an allowance.
 */
export const allowanceTotalAddsUp: TotalRule = ({ tolerances, allowanceTotal, docAllowances }) => {
  if (allowanceTotal === null && isZeroRatio(docAllowances)) return null;
  return compare(
    allowanceTotal ?? RATIO_ZERO,
    [docAllowances],
    tolerances.totals,
    totalCheck(
      'allowance_total',
      'BR-CO-11',
      (f) =>
        `Rabatterne på fakturaniveau er i alt ${f.expected}, men fakturaen angiver rabat i alt ${f.found} (forskel ${f.difference}).`,
    ),
  );
};
