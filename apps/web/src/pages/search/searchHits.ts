import type { SearchHit } from '@overblik/api';

export type SearchKind = SearchHit['kind'];

/** The order the results page shows its groups in. */
export const SEARCH_KINDS: readonly SearchKind[] = ['contract', 'supplier', 'contact', 'price_element', 'document'];

/** The hits of each kind, in the order the server ranked them; kinds without hits are left out. */
export function groupHits(hits: readonly SearchHit[]): { kind: SearchKind; hits: SearchHit[] }[] {
  return SEARCH_KINDS.map((kind) => ({ kind, hits: hits.filter((h) => h.kind === kind) })).filter((g) => g.hits.length > 0);
}

/** `text:2` → 2: the part of a document's text a hit is in; null for a field such as `description`. */
export function textPart(field: string): number | null {
  const match = /^text:(\d+)$/.exec(field);
  return match ? Number(match[1]) : null;
}

/** The snippet cut around the hit, or the whole snippet when the server marked nothing (or offsets out of range). */
export function splitSnippet(
  snippet: string,
  highlight: SearchHit['highlight'],
): { before: string; hit: string; after: string } | null {
  if (!highlight) return null;
  const { start, end } = highlight;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= snippet.length)) return null;
  return { before: snippet.slice(0, start), hit: snippet.slice(start, end), after: snippet.slice(end) };
}

/** Where a hit is shown: a contract page or a supplier page (what belongs to one is shown on its page). */
export type HitTarget =
  | { to: '/kontrakter/$contractId'; contractId: string }
  | { to: '/leverandoerer/$supplierId'; supplierId: string };

export function hitTarget(hit: SearchHit): HitTarget | null {
  switch (hit.kind) {
    case 'contract':
      return { to: '/kontrakter/$contractId', contractId: hit.id };
    case 'supplier':
      return { to: '/leverandoerer/$supplierId', supplierId: hit.id };
    case 'contact':
      return hit.supplier ? { to: '/leverandoerer/$supplierId', supplierId: hit.supplier.id } : null;
    case 'price_element':
      return hit.contract ? { to: '/kontrakter/$contractId', contractId: hit.contract.id } : null;
    case 'document':
      if (hit.contract) return { to: '/kontrakter/$contractId', contractId: hit.contract.id };
      return hit.supplier ? { to: '/leverandoerer/$supplierId', supplierId: hit.supplier.id } : null;
  }
}
