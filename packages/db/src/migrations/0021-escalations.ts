import type { Kysely } from 'kysely';
import type { DialectName } from '../connect.js';
import { columnTypes, type Migration } from './types.js';

/**
 * Escalations (issue 18): an issue raised in a supplier's collaboration organisation (at a level, or from a status
 * meeting's agenda item) and sent one step up, to the next level or to a governance body, with the latest day it
 * is to be dealt with there (the level's time limit) and an activity that reminds it. It lands on the agenda of the
 * receiving forum's next meeting (an agenda source), and is resolved with a resolution. The level and the body are
 * named by id (uuid) without a foreign key (and the level's name is kept), so removing a level or a meeting keeps
 * the record; the use cases check them.
 */
export const escalations: Migration = {
  name: '0021-escalations',
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    await db.schema
      .createTable('escalations')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('supplier_id', t.id, (c) => c.references('suppliers.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('raised_on', t.date, (c) => c.notNull())
      // Where it was raised, in words ("Taktisk niveau", "Statusmøde 12. marts 2027"), and the meeting it came from.
      .addColumn('raised_at', 'text', (c) => c.notNull())
      .addColumn('from_meeting_id', t.id)
      .addColumn('from_agenda_item_id', t.id)
      .addColumn('to_level_id', t.id)
      .addColumn('to_level_name', 'text')
      .addColumn('to_body_id', t.id)
      .addColumn('due_on', t.date)
      .addColumn('activity_id', t.id)
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
      .addColumn('resolution', 'text')
      .addColumn('resolved_on', t.date)
      .addColumn('raised_by_name', 'text', (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('escalations_organisation_status_idx')
      .on('escalations')
      .columns(['organisation_id', 'status'])
      .execute();
  },
};
