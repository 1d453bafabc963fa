import { isZeroRatio } from '../../../money/ratio.js';
import { compare, kr, type TotalRule, totalCheck } from './figures.js';

/**
 * arithmetic_total (tax_inclusive): TaxInclusiveAmount = TaxExclusiveAmount + tax (BR-CO-15); OIOUBL (F-INV128): net
 * amount + tax, with or without PayableRoundingAmount (which OIOUBL includes there). Either tax reading passes. Not
 * checked when absent.
 */
export const taxInclusiveAddsUp: TotalRule = ({
  oioubl,
  tolerances,
  taxInclusive,
  inclusiveCandidates,
  exclusive,
  tax,
  rounding,
}) => {
  if (taxInclusive === null) return null;
  return compare(
    taxInclusive,
    inclusiveCandidates,
    tolerances.totals,
    totalCheck(
      'tax_inclusive',
      oioubl ? 'F-INV128' : 'BR-CO-15',
      (f) =>
        `Beløb uden moms ${kr(exclusive)} + moms ${kr(tax)}${oioubl && !isZeroRatio(rounding) ? ` + afrunding ${kr(rounding)}` : ''} giver ${f.expected}, men beløbet med moms er ${f.found} (forskel ${f.difference}).`,
    ),
  );
};
