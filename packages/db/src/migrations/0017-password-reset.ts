import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../connect.js';
import { columnTypes, type Migration } from './types.js';

/**
 * Forgotten password (issue 17): a person asks for a one-time link by e-mail, which is a setup link of the new
 * purpose `password_reset` (naming the person), and every request is counted by the address typed and the client
 * address it came from (`password_reset_requests`), so the requests are limited across server instances whether or
 * not a person has the address. SQLite cannot change a column's check, so there `setup_tokens` is rebuilt with the
 * same columns, rows and index, in a transaction of its own (Kysely runs SQLite's migrations outside one, and a
 * statement outside a transaction is prepared on the reader connection first, which would not yet see the drop).
 */
export const passwordReset: Migration = {
  name: '0017-password-reset',
  async up(db: Kysely<unknown>, dialect: DialectName) {
    if (dialect === 'sqlite') await db.transaction().execute((trx) => passwordResetSteps(trx, dialect));
    else await passwordResetSteps(db, dialect);
  },
};

async function passwordResetSteps(db: Kysely<unknown>, dialect: DialectName) {
  const t = columnTypes(dialect);
  const purposes = sql`purpose in ('bootstrap', 'invitation', 'password_reset')`;
  if (dialect === 'postgres') {
    await sql`alter table setup_tokens drop constraint setup_tokens_purpose_check`.execute(db);
    await sql`alter table setup_tokens add constraint setup_tokens_purpose_check check (${purposes})`.execute(db);
  } else {
    await db.schema
      .createTable('setup_tokens_new')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('purpose', 'text', (c) => c.notNull().check(purposes))
      .addColumn('user_id', t.id, (c) => c.references('users.id'))
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('expires_at', t.instant, (c) => c.notNull())
      .addColumn('used_at', t.instant)
      .addColumn('invitation_id', t.id, (c) => c.references('invitations.id').onDelete('cascade'))
      .execute();
    await sql`insert into setup_tokens_new (id, token_hash, purpose, user_id, created_at, expires_at, used_at, invitation_id)
        select id, token_hash, purpose, user_id, created_at, expires_at, used_at, invitation_id from setup_tokens`.execute(db);
    await db.schema.dropTable('setup_tokens').execute();
    await db.schema.alterTable('setup_tokens_new').renameTo('setup_tokens').execute();
    await db.schema.createIndex('setup_tokens_invitation_idx').on('setup_tokens').column('invitation_id').execute();
  }
  await db.schema.createIndex('setup_tokens_user_idx').on('setup_tokens').column('user_id').execute();

  await db.schema
    .createTable('password_reset_requests')
    .addColumn('id', t.serial, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('requested_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('password_reset_requests_email_idx')
    .on('password_reset_requests')
    .columns(['email', 'requested_at'])
    .execute();
  await db.schema
    .createIndex('password_reset_requests_source_idx')
    .on('password_reset_requests')
    .columns(['source', 'requested_at'])
    .execute();
}
