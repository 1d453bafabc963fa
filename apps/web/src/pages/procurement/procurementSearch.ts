/** The horizons the plan can be shown for, in months; the API's default is 48. */
export const HORIZONS = [12, 24, 48, 72] as const;
export type Horizon = (typeof HORIZONS)[number];
export const DEFAULT_HORIZON: Horizon = 48;

export type ProcurementSearch = { horizonMonths?: Horizon | undefined };

export function validateProcurementSearch(search: Record<string, unknown>): ProcurementSearch {
  const horizon = HORIZONS.find((h) => h === Number(search.horizonMonths));
  return { horizonMonths: horizon === DEFAULT_HORIZON ? undefined : horizon };
}
