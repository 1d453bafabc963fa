import type { Unit } from '../schema.js';
import { type Executor, forOrganisation } from '../tenant.js';

export async function listUnits(db: Executor, organisationId: string): Promise<Unit[]> {
  return forOrganisation(db, organisationId).selectFrom('units').selectAll().orderBy('name').execute();
}

export async function getUnit(db: Executor, organisationId: string, unitId: string): Promise<Unit | undefined> {
  return forOrganisation(db, organisationId).selectFrom('units').selectAll().where('id', '=', unitId).executeTakeFirst();
}

export async function countChildUnits(db: Executor, organisationId: string, unitId: string): Promise<number> {
  const row = await forOrganisation(db, organisationId)
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parentId', '=', unitId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
