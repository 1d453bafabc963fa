import type { Kysely } from 'kysely';
import type { Migration } from './types.js';

/**
 * Login limits per account and source (issue 14): each failed login records the client address it came from
 * (`loginSource` in core: the IPv4 address or the IPv6 /64), so a stranger's failures from one place lock out
 * that place, not the account's owner elsewhere. Rows written before this have the empty source.
 */
export const loginFailureSources: Migration = {
  name: '0011-login-failure-sources',
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('login_failures')
      .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
  },
};
