import type {
  DeleteQueryBuilder,
  DeleteResult,
  Insertable,
  InsertQueryBuilder,
  InsertResult,
  Kysely,
  SelectQueryBuilder,
  UpdateQueryBuilder,
  UpdateResult,
} from 'kysely';
import type { Database } from './schema.js';

/** Tables whose rows belong to one organisation; each has an `organisationId` column. */
export type TenantTable = {
  [T in keyof Database]: Database[T] extends { organisationId: string } ? T : never;
}[keyof Database];

/** Tables whose rows belong to no single organisation: the installation's, a person's, the mail outbox. */
export type SharedTable = Exclude<keyof Database & string, TenantTable>;

/** The unrestricted Kysely: it writes any table, so of this module only `acrossOrganisations` hands it out. */
type Unrestricted = Kysely<Database>;

/**
 * Kysely's ways of writing rows, which `Executor` offers for shared tables only, and its ways to an unrestricted
 * query creator (a CTE's, a plain connection's, another plugin's or schema's), which it does not offer.
 */
type RawWrite =
  | 'insertInto'
  | 'replaceInto'
  | 'updateTable'
  | 'deleteFrom'
  | 'mergeInto'
  | 'transaction'
  | 'connection'
  | 'with'
  | 'withRecursive'
  | 'withPlugin'
  | 'withoutPlugins'
  | 'withSchema'
  | 'withTables';

/**
 * The database as repositories and use cases see it: Kysely, whose `insertInto`, `updateTable` and `deleteFrom`
 * accept only shared tables. A tenant table is written through `forOrganisation(db, organisationId)` (every
 * statement limited to, or stamped with, that organisation), through the audited helpers (keyed
 * `{ id, organisationId }`), or, for a system job over all organisations, through `acrossOrganisations`; so
 * `db.updateTable('contracts')…where('id', '=', id)` does not type-check. A Kysely instance or transaction is an
 * `Executor` as it is; its transactions are `Executor`s too.
 */
export type Executor = Omit<Unrestricted, RawWrite> & {
  insertInto<T extends SharedTable>(table: T): InsertQueryBuilder<Database, T, InsertResult>;
  updateTable<T extends SharedTable>(table: T): ReturnType<typeof unrestricted.updateTable<T>>;
  deleteFrom<T extends SharedTable>(table: T): ReturnType<typeof unrestricted.deleteFrom<T>>;
  transaction(): { execute<R>(work: (trx: Executor) => Promise<R>): Promise<R> };
};

/** Only a type: what Kysely's own `updateTable` and `deleteFrom` return for a table. */
declare const unrestricted: Unrestricted;

/** A new row of a tenant table; its `organisationId`, when given, must be the bound organisation. */
export type TenantInsertable<T extends TenantTable> = Omit<Insertable<Database[T]>, 'organisationId'> & {
  organisationId?: string;
};

/**
 * The one door to tenant-owned tables: every read, update and delete through it is limited to one
 * organisation, and every insert is stamped with it (a row naming another organisation is refused).
 * `tenancy.test.ts` walks every route to prove no request crosses organisations.
 */
export function forOrganisation(db: Executor, organisationId: string) {
  const raw = db as unknown as Unrestricted;
  return {
    organisationId,
    selectFrom<T extends TenantTable>(table: T): SelectQueryBuilder<Database, T, object> {
      const query = raw.selectFrom(table as TenantTable) as unknown as SelectQueryBuilder<Database, T, object>;
      return query.where(`${table}.organisationId` as never, '=', organisationId as never);
    },
    /** Inserts rows stamped with the organisation: `.values(rows)` then, as Kysely's, `.onConflict`, `.returning`… */
    insertInto<T extends TenantTable>(table: T) {
      return {
        values(rows: TenantInsertable<T> | ReadonlyArray<TenantInsertable<T>>): InsertQueryBuilder<Database, T, InsertResult> {
          const stamped = (Array.isArray(rows) ? rows : [rows]).map((row: TenantInsertable<T>) => {
            if (row.organisationId !== undefined && row.organisationId !== organisationId) {
              throw new Error(`A row of ${table} for organisation ${row.organisationId} written for ${organisationId}`);
            }
            return { ...row, organisationId };
          });
          return raw.insertInto(table).values(stamped as never) as InsertQueryBuilder<Database, T, InsertResult>;
        },
      };
    },
    updateTable<T extends TenantTable>(table: T): UpdateQueryBuilder<Database, T, T, UpdateResult> {
      const query = raw.updateTable(table as TenantTable) as unknown as UpdateQueryBuilder<Database, T, T, UpdateResult>;
      return query.where(`${table}.organisationId` as never, '=', organisationId as never);
    },
    deleteFrom<T extends TenantTable>(table: T): DeleteQueryBuilder<Database, T, DeleteResult> {
      const query = raw.deleteFrom(table as TenantTable) as unknown as DeleteQueryBuilder<Database, T, DeleteResult>;
      return query.where(`${table}.organisationId` as never, '=', organisationId as never);
    },
  };
}

export type OrganisationScope = ReturnType<typeof forOrganisation>;

/**
 * Why a statement reads or writes tenant rows of every organisation at once: each is a system job, never a
 * request acting for an organisation. docs/architecture.md ("Tenancy") describes each.
 */
export type CrossOrganisationReason =
  /** The daily recompute of contracts' stored deadlines and derived activities (`recompute-deadlines.ts`). */
  | 'deadline recompute'
  /** The reminder run: activities due for a check, the plan, the digests (`run-reminders.ts`). */
  | 'reminder run'
  /** The scheduled invoice re-check: which organisations have undecided invoices (`recheckAllOrganisations`). */
  | 'invoice re-check'
  /** Delivering the mail outbox (not a tenant table, but its mails are of every organisation). */
  | 'mail delivery';

declare const crossing: unique symbol;

/**
 * The unrestricted Kysely as `acrossOrganisations` hands it out, marked with why. The repositories' functions of
 * system jobs over all organisations take it, so they cannot be called with a request's `Executor`.
 */
export type AcrossOrganisations = Unrestricted & { readonly [crossing]: CrossOrganisationReason };

/**
 * The one door around `forOrganisation`: the unrestricted reader and writer, for the system jobs that work on
 * tenant rows of every organisation at once. Every such job asks for it here, with its reason, so
 * `grep -rn acrossOrganisations` lists them all. Where a job writes one row, it still writes through
 * `forOrganisation` with the row's own organisation.
 */
export function acrossOrganisations(db: Executor, reason: CrossOrganisationReason): AcrossOrganisations {
  void reason;
  return db as unknown as AcrossOrganisations;
}
