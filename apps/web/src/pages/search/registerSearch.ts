/** The search page's address: `/soeg?q=…`. */
export type RegisterSearch = { q?: string | undefined };

/** The longest search the API accepts. */
export const MAX_QUERY_LENGTH = 200;

/** `q` from the address; the router reads `?q=2026` as a number, which is still a search for "2026". */
export function validateRegisterSearch(search: Record<string, unknown>): RegisterSearch {
  const raw = search.q;
  const q = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim().slice(0, MAX_QUERY_LENGTH) : '';
  return { q: q || undefined };
}
