import { addRatio, isZeroRatio, subtractRatio } from '../../../money/ratio.js';
import { exact } from '../../exact.js';
import { compare, kr, type TotalRule, totalCheck } from './figures.js';

/**
 * arithmetic_total (payable): PayableAmount = TaxInclusiveAmount − PrepaidAmount + PayableRoundingAmount (BR-CO-16);
 * OIOUBL (F-INV133) also without the rounding (when the inclusive amount holds it). Without a stated inclusive amount
 * the recomputed one is used. Always checked.
 */
export const payableAddsUp: TotalRule = ({ doc, oioubl, tolerances, inclusive, prepaid, rounding }) => {
  const candidates = oioubl
    ? [subtractRatio(inclusive, prepaid), addRatio(subtractRatio(inclusive, prepaid), rounding)]
    : [addRatio(subtractRatio(inclusive, prepaid), rounding)];
  return compare(
    exact(doc.totals.payable),
    candidates,
    tolerances.totals,
    totalCheck(
      'payable',
      oioubl ? 'F-INV133' : 'BR-CO-16',
      (f) =>
        `Beløb med moms ${kr(inclusive)}${isZeroRatio(prepaid) ? '' : ` − forudbetalt ${kr(prepaid)}`}${isZeroRatio(rounding) || oioubl ? '' : ` + afrunding ${kr(rounding)}`} giver ${f.expected}, men beløbet til betaling er ${f.found} (forskel ${f.difference}).`,
    ),
  );
};
