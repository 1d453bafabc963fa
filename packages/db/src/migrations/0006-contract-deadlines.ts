import type { Kysely } from 'kysely';
import type { DialectName } from '../connect.js';
import { columnTypes, type Migration } from './types.js';

/**
 * Deadlines stored with each contract (issue 4): the right to terminate during the term, and the dates
 * `contractDeadlines` computes for a day — kept so lists sort and filter on them, and recomputed when the
 * terms change and each day (`deadlines_on` is the day they were computed for).
 */
export const contractDeadlines: Migration = {
  name: '0006-contract-deadlines',
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    await db.schema
      .alterTable('contracts')
      .addColumn('early_termination', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    for (const column of [
      'current_term_end',
      'latest_notice_date',
      'earliest_end',
      'next_option_deadline',
      'next_price_regulation',
      'deadlines_on',
    ]) {
      await db.schema.alterTable('contracts').addColumn(column, t.date).execute();
    }
    for (const column of ['latest_notice_date', 'next_option_deadline', 'deadlines_on']) {
      await db.schema
        .createIndex(`contracts_organisation_${column}_idx`)
        .on('contracts')
        .columns(['organisation_id', column])
        .execute();
    }
  },
};
