import type { Kysely } from 'kysely';
import type { Migration } from './types.js';

/**
 * What keeps a cost project from being planned now (issue 15), stored with the project instead of being found by
 * planning it on every read: computed when the description changes and when a population import changes the
 * figures it depends on. JSON text (a list of `{ path, message }`); null for a project stored before this
 * migration, computed and stored the first time it is read.
 */
export const costProjectProblems: Migration = {
  name: '0014-cost-project-problems',
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('cost_projects').addColumn('problems', 'text').execute();
  },
};
