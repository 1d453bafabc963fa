import type { Kysely } from 'kysely';
import type { DialectName } from '../connect.js';
import { columnTypes, type Migration } from './types.js';

/**
 * Invitations (issue 14): an organisation invites an e-mail address with a role, and the person behind it
 * accepts (or declines) before any membership exists, so adding someone by e-mail never shows the inviting
 * organisation a person it does not already see. An invitation is open until it is accepted, declined or
 * withdrawn (then it is deleted, audited); at most one per organisation and address. Its one-time link is a
 * setup link (`setup_tokens`) that names the invitation; deleting the invitation deletes its links.
 */
export const invitations: Migration = {
  name: '0012-invitations',
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    await db.schema
      .createTable('invitations')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('name', 'text')
      .addColumn('invited_by_user_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('expires_at', t.instant, (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('invitations_organisation_email_unique', ['organisation_id', 'email'])
      .execute();
    await db.schema.createIndex('invitations_email_idx').on('invitations').column('email').execute();
    await db.schema
      .alterTable('setup_tokens')
      .addColumn('invitation_id', t.id, (c) => c.references('invitations.id').onDelete('cascade'))
      .execute();
    await db.schema.createIndex('setup_tokens_invitation_idx').on('setup_tokens').column('invitation_id').execute();
  },
};
