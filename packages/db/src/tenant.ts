import type { Kysely, SelectQueryBuilder, Transaction } from 'kysely';
import type { Database } from './schema.js';

export type Executor = Kysely<Database> | Transaction<Database>;

/** Tables whose rows belong to one organisation; each has an `organisationId` column. */
export type TenantTable = {
  [T in keyof Database]: Database[T] extends { organisationId: string } ? T : never;
}[keyof Database];

/**
 * The one door to tenant-owned tables: every read, update and delete through it is limited to one
 * organisation, and every insert is stamped with it. Repositories reach tenant tables only this way
 * (`tenancy.test.ts` walks every route to prove no request crosses organisations).
 */
export function forOrganisation(db: Executor, organisationId: string) {
  return {
    organisationId,
    selectFrom<T extends TenantTable>(table: T): SelectQueryBuilder<Database, T, object> {
      const query = db.selectFrom(table as TenantTable) as unknown as SelectQueryBuilder<Database, T, object>;
      return query.where(`${table}.organisationId` as never, '=', organisationId as never);
    },
  };
}

export type OrganisationScope = ReturnType<typeof forOrganisation>;
