import { isZeroRatio, RATIO_ZERO } from '../../../money/ratio.js';
import { compare, type TotalRule, totalCheck } from './figures.js';

/**
 * arithmetic_total (charge_total): ChargeTotalAmount = Σ document charges (BR-CO-12); a missing total counts 0, and
 * nothing is checked when there is neither a total nor a charge.
 */
export const chargeTotalAddsUp: TotalRule = ({ tolerances, chargeTotal, docCharges }) => {
  if (chargeTotal === null && isZeroRatio(docCharges)) return null;
  return compare(
    chargeTotal ?? RATIO_ZERO,
    [docCharges],
    tolerances.totals,
    totalCheck(
      'charge_total',
      'BR-CO-12',
      (f) =>
        `Gebyrerne på fakturaniveau er i alt ${f.expected}, men fakturaen angiver gebyrer i alt ${f.found} (forskel ${f.difference}).`,
    ),
  );
};
