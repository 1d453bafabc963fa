import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { DialectName } from '../connect.js';
import { columnTypes, type Migration } from './types.js';

export const foundation: Migration = {
  name: '0001-foundation',
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    const timestamps = <N extends string, C extends string>(q: CreateTableBuilder<N, C>) =>
      q.addColumn('created_at', t.instant, (c) => c.notNull()).addColumn('updated_at', t.instant, (c) => c.notNull());

    await timestamps(
      db.schema
        .createTable('organisations')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('kommune', 'fællesskab', 'anden')`))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('municipality_code', 'text', (c) => c.unique())
        .addColumn('cvr', 'text')
        .addColumn('region', 'text'),
    ).execute();

    await timestamps(
      db.schema
        .createTable('units')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
        .addColumn('parent_id', t.id, (c) => c.references('units.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('ean', 'text'),
    ).execute();
    await db.schema.createIndex('units_organisation_idx').on('units').columns(['organisation_id', 'parent_id']).execute();
    await db.schema.createIndex('units_ean_idx').on('units').column('ean').execute();

    await timestamps(
      db.schema
        .createTable('users')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('is_system_admin', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locale', 'text', (c) => c.notNull().defaultTo('da'))
        .addColumn('password_changed_at', t.instant)
        .addColumn('disabled_at', t.instant),
    ).execute();

    await timestamps(
      db.schema
        .createTable('memberships')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
        .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('administrator', 'redaktør', 'læser')`))
        .addUniqueConstraint('memberships_organisation_user_unique', ['organisation_id', 'user_id']),
    ).execute();
    await db.schema.createIndex('memberships_user_idx').on('memberships').column('user_id').execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('last_seen_at', t.instant, (c) => c.notNull())
      .addColumn('expires_at', t.instant, (c) => c.notNull())
      .addColumn('user_agent', 'text')
      .execute();
    await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
    await db.schema.createIndex('sessions_expires_idx').on('sessions').column('expires_at').execute();

    await timestamps(
      db.schema
        .createTable('api_tokens')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
        .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('read', 'read-write')`))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('token_prefix', 'text', (c) => c.notNull())
        .addColumn('last_used_at', t.instant)
        .addColumn('expires_at', t.instant)
        .addColumn('revoked_at', t.instant),
    ).execute();
    await db.schema.createIndex('api_tokens_organisation_idx').on('api_tokens').column('organisation_id').execute();

    await db.schema
      .createTable('setup_tokens')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('bootstrap', 'invitation')`))
      .addColumn('user_id', t.id, (c) => c.references('users.id'))
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('expires_at', t.instant, (c) => c.notNull())
      .addColumn('used_at', t.instant)
      .execute();

    await db.schema
      .createTable('login_failures')
      .addColumn('id', t.serial, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('occurred_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('login_failures_email_idx').on('login_failures').columns(['email', 'occurred_at']).execute();

    await db.schema
      .createTable('audit_events')
      .addColumn('id', t.serial, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
      .addColumn('organisation_id', t.id, (c) => c.references('organisations.id'))
      .addColumn('occurred_at', t.instant, (c) => c.notNull())
      .addColumn('actor_type', 'text', (c) => c.notNull().check(sql`actor_type in ('user', 'token', 'system')`))
      .addColumn('actor_user_id', t.id)
      .addColumn('actor_token_id', t.id)
      .addColumn('actor_name', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('create', 'update', 'delete')`))
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('changes', t.json, (c) => c.notNull())
      .addColumn('request_id', 'text')
      .execute();
    await db.schema.createIndex('audit_events_organisation_idx').on('audit_events').columns(['organisation_id', 'id']).execute();
    await db.schema.createIndex('audit_events_entity_idx').on('audit_events').columns(['entity_type', 'entity_id']).execute();
    await db.schema.createIndex('audit_events_actor_idx').on('audit_events').columns(['actor_user_id', 'id']).execute();
    await forbidAuditChanges(db, dialect);
  },
};

/** The audit trail is append-only in the database itself, not only in the product. */
async function forbidAuditChanges(db: Kysely<unknown>, dialect: DialectName) {
  if (dialect === 'sqlite') {
    for (const op of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER audit_events_no_${op.toLowerCase()} BEFORE ${op} ON audit_events
           BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END`,
        )
        .execute(db);
    }
    return;
  }
  await sql
    .raw(
      `CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events
       FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`,
    )
    .execute(db);
}
