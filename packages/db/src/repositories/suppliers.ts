import { danishSortKey } from '../danish-order.js';
import type { Supplier, SupplierContact } from '../schema.js';
import { type Executor, forOrganisation } from '../tenant.js';
import { containsIgnoringCase } from '../text-search.js';

export type SupplierSort = 'name' | '-name' | 'cvr' | '-cvr' | 'updatedAt' | '-updatedAt';

export type SupplierFilter = {
  /** Part of the name (case-insensitive, Æ/Ø/Å included), or the exact CVR number or foreign id. */
  q?: string;
  classification?: string;
  country?: string;
  /** Only suppliers changed at or after this instant (for integrations that sync). */
  changedSince?: string;
  sort?: SupplierSort;
  limit: number;
  offset: number;
};

export async function listSuppliers(
  db: Executor,
  organisationId: string,
  filter: SupplierFilter,
): Promise<{ items: Supplier[]; total: number }> {
  let query = forOrganisation(db, organisationId).selectFrom('suppliers');
  if (filter.q) {
    const q = filter.q.trim();
    query = query.where((eb) =>
      eb.or([containsIgnoringCase('name', q), eb('cvr', '=', q.replace(/\s+/g, '')), eb('foreignId', '=', q)]),
    );
  }
  if (filter.classification) query = query.where('classification', '=', filter.classification);
  if (filter.country) query = query.where('country', '=', filter.country);
  if (filter.changedSince) query = query.where('updatedAt', '>=', filter.changedSince);
  const counted = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const sort = filter.sort ?? 'name';
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  const column = sort.replace(/^-/, '') as 'name' | 'cvr' | 'updatedAt';
  const ordered =
    column === 'name'
      ? query.orderBy(danishSortKey('name'), direction)
      : query.orderBy(column, direction).orderBy(danishSortKey('name'), 'asc');
  const items = await ordered.selectAll().orderBy('id').limit(filter.limit).offset(filter.offset).execute();
  return { items, total: Number(counted.n) };
}

export async function getSupplier(db: Executor, organisationId: string, supplierId: string): Promise<Supplier | undefined> {
  return forOrganisation(db, organisationId).selectFrom('suppliers').selectAll().where('id', '=', supplierId).executeTakeFirst();
}

export async function findSupplierByCvr(db: Executor, organisationId: string, cvr: string): Promise<Supplier | undefined> {
  return forOrganisation(db, organisationId).selectFrom('suppliers').selectAll().where('cvr', '=', cvr).executeTakeFirst();
}

export async function listSupplierContacts(db: Executor, organisationId: string, supplierId: string): Promise<SupplierContact[]> {
  return forOrganisation(db, organisationId)
    .selectFrom('supplierContacts')
    .selectAll()
    .where('supplierId', '=', supplierId)
    .orderBy(danishSortKey('name'))
    .execute();
}

/** Every supplier of the organisation in Danish name order (for export and import matching). */
export async function listAllSuppliers(db: Executor, organisationId: string): Promise<Supplier[]> {
  return forOrganisation(db, organisationId).selectFrom('suppliers').selectAll().orderBy(danishSortKey('name')).execute();
}

export async function listAllSupplierContacts(db: Executor, organisationId: string): Promise<SupplierContact[]> {
  return forOrganisation(db, organisationId).selectFrom('supplierContacts').selectAll().orderBy(danishSortKey('name')).execute();
}
