import type { SupplierSort } from '../../api/suppliers.ts';

/** The supplier list's state in the address, so a search survives opening a supplier and going back. */
export type SupplierSearch = {
  q?: string | undefined;
  classification?: string | undefined;
  sort?: SupplierSort | undefined;
  offset?: number | undefined;
};

const SORTS: readonly SupplierSort[] = ['name', '-name', 'cvr', '-cvr', 'updatedAt', '-updatedAt'];

export const DEFAULT_SORT: SupplierSort = 'name';
export const PAGE_SIZE = 50;

export function validateSupplierSearch(search: Record<string, unknown>): SupplierSearch {
  // The router parses `?q=19435075` as a number; a search for a CVR number is still text.
  const text = (value: unknown) => {
    const s = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
    return s || undefined;
  };
  const sort = SORTS.find((s) => s === search.sort);
  const offset = Number(search.offset);
  return {
    q: text(search.q),
    classification: text(search.classification),
    sort: sort === DEFAULT_SORT ? undefined : sort,
    offset: Number.isInteger(offset) && offset > 0 ? offset : undefined,
  };
}
