import type { DoublePurchaseWarning } from '@overblik/api';

/** The reasons from the strongest signal of a double purchase to the weakest. */
export const REASONS_BY_STRENGTH = [
  'same_supplier_and_element',
  'same_system_and_element',
  'same_supplier',
] as const satisfies readonly DoublePurchaseWarning['reason'][];

/**
 * The report's pairs with the strongest reason first; within a reason the pair whose overlap begins first, and
 * otherwise in the order the API gave them (by contract number).
 */
export function byStrength(items: readonly DoublePurchaseWarning[]): DoublePurchaseWarning[] {
  const rank = (w: DoublePurchaseWarning) => REASONS_BY_STRENGTH.indexOf(w.reason);
  return [...items].sort(
    (a, b) => rank(a) - rank(b) || (a.overlapFrom < b.overlapFrom ? -1 : a.overlapFrom > b.overlapFrom ? 1 : 0),
  );
}
