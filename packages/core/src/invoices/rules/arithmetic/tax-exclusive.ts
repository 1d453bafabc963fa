import { compare, type TotalRule, totalCheck } from './figures.js';

/**
 * arithmetic_total (tax_exclusive): TaxExclusiveAmount = LineExtensionAmount − AllowanceTotalAmount +
 * ChargeTotalAmount (BR-CO-13). In OIOUBL it is the total tax ("momsbeløb", F-INV128), so the tax (either reading) or
 * the net amount passes. Not checked when absent.
 */
export const taxExclusiveAddsUp: TotalRule = ({ oioubl, tolerances, taxExclusive, taxes, net }) => {
  if (taxExclusive === null) return null;
  return oioubl
    ? compare(
        taxExclusive,
        [...taxes, net],
        tolerances.totals,
        totalCheck(
          'tax_exclusive',
          'F-INV128',
          (f) =>
            `Fakturaens moms i alt er ${f.expected}, men TaxExclusiveAmount (i OIOUBL det samlede momsbeløb) er ${f.found} (forskel ${f.difference}).`,
        ),
      )
    : compare(
        taxExclusive,
        [net],
        tolerances.totals,
        totalCheck(
          'tax_exclusive',
          'BR-CO-13',
          (f) =>
            `Linjetotal − rabatter + gebyrer giver ${f.expected}, men beløbet uden moms er ${f.found} (forskel ${f.difference}).`,
        ),
      );
};
