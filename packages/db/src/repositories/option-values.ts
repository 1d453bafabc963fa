import type { OptionValueRow } from '../schema.js';
import { type Executor, forOrganisation } from '../tenant.js';

/** The organisation's changes to one option list, or to all lists when `list` is omitted. */
export async function listOptionOverrides(db: Executor, organisationId: string, list?: string): Promise<OptionValueRow[]> {
  let query = forOrganisation(db, organisationId).selectFrom('optionValues').selectAll();
  if (list) query = query.where('list', '=', list);
  return query.orderBy('position').execute();
}

export async function findOptionOverride(
  db: Executor,
  organisationId: string,
  list: string,
  key: string,
): Promise<OptionValueRow | undefined> {
  return forOrganisation(db, organisationId)
    .selectFrom('optionValues')
    .selectAll()
    .where('list', '=', list)
    .where('key', '=', key)
    .executeTakeFirst();
}
