import type { Kysely } from 'kysely';
import type { Migration } from './types.js';

/** Notice to the end of a given month of the year: the month, 1–12 (with notice_period_end 'named_month'). */
export const contractNoticeEndMonth: Migration = {
  name: '0015-contract-notice-end-month',
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('contracts').addColumn('notice_end_month', 'integer').execute();
  },
};
