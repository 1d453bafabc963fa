/** The consumption page's year in the address (this year when left out). */
export type ConsumptionSearch = { year?: number | undefined };

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export function validateConsumptionSearch(search: Record<string, unknown>): ConsumptionSearch {
  const year = Number(search.year);
  return { year: Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined };
}

/** The year in Copenhagen right now (the report's calendar). */
export function currentYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Copenhagen' }).format(now));
}
