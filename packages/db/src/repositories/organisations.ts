import { danishSortKey } from '../danish-order.js';
import type { Organisation, OrganisationKind } from '../schema.js';
import type { Executor } from '../tenant.js';
import { containsIgnoringCase } from '../text-search.js';

export type OrganisationFilter = { ids: 'all' | readonly string[]; kind?: OrganisationKind; q?: string };

export async function listOrganisations(db: Executor, filter: OrganisationFilter): Promise<Organisation[]> {
  if (filter.ids !== 'all' && filter.ids.length === 0) return [];
  let query = db.selectFrom('organisations').selectAll();
  if (filter.ids !== 'all') query = query.where('id', 'in', filter.ids);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.q) {
    const q = filter.q;
    query = query.where((eb) => eb.or([containsIgnoringCase('name', q), eb('municipalityCode', '=', q), eb('cvr', '=', q)]));
  }
  return query.orderBy('kind').orderBy(danishSortKey('name')).execute();
}

export async function getOrganisation(db: Executor, id: string): Promise<Organisation | undefined> {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}
