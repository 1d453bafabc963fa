import type { Kysely } from 'kysely';
import type { Migration } from './types.js';

/** The contract's budget account (budgetkonto/omkostningssted): the finance system's account it is charged to. */
export const contractBudgetAccount: Migration = {
  name: '0013-contract-budget-account',
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('contracts').addColumn('budget_account', 'text').execute();
  },
};
