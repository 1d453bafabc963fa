import type { Kysely } from 'kysely';
import type { DialectName } from '../connect.js';
import { columnTypes, type Migration } from './types.js';

/**
 * Status meetings (issue 18): a meeting of a supplier (optionally one of its contracts) or of a governance body,
 * its participants, its agenda (the organisation's template plus what the register collected, kept as a
 * snapshot), its decisions and action items; the organisation's agenda template; an activity's link back to its
 * meeting; and attachments of a queued mail, by reference to a stored document version (the approved minutes as
 * PDF). A contact of the supplier is named without a foreign key, so removing the contact keeps the
 * meeting's record of who took part. `governance_body_id` has no foreign key here: governance bodies arrive in a neighbouring migration.
 */
export const meetings: Migration = {
  name: '0020-meetings',
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    await db.schema
      .createTable('meetings')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('supplier_id', t.id, (c) => c.references('suppliers.id'))
      .addColumn('contract_id', t.id, (c) => c.references('contracts.id'))
      .addColumn('governance_body_id', 'text')
      .addColumn('collaboration_level', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('forum', 'text')
      .addColumn('held_on', t.date, (c) => c.notNull())
      .addColumn('starts_at', 'text')
      .addColumn('location', 'text')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('planned'))
      .addColumn('activity_id', t.id)
      .addColumn('minutes_document_id', t.id)
      .addColumn('approved_at', t.instant)
      .addColumn('approved_by_name', 'text')
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('meetings_organisation_idx').on('meetings').columns(['organisation_id', 'held_on']).execute();
    await db.schema.createIndex('meetings_supplier_idx').on('meetings').column('supplier_id').execute();

    await db.schema
      .createTable('meeting_participants')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('meeting_id', t.id, (c) => c.notNull().references('meetings.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('user_id', t.id, (c) => c.references('users.id'))
      .addColumn('contact_id', t.id)
      .addColumn('name', 'text')
      .addColumn('email', 'text')
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('meeting_participants_meeting_idx').on('meeting_participants').column('meeting_id').execute();

    await db.schema
      .createTable('meeting_agenda_items')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('meeting_id', t.id, (c) => c.notNull().references('meetings.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('section', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('source', 'text')
      .addColumn('reference', 'text')
      .addColumn('link', 'text')
      .addColumn('notes', 'text')
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('meeting_agenda_items_meeting_idx').on('meeting_agenda_items').column('meeting_id').execute();

    await db.schema
      .createTable('meeting_decisions')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('meeting_id', t.id, (c) => c.notNull().references('meetings.id'))
      .addColumn('agenda_item_id', t.id)
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('meeting_decisions_meeting_idx').on('meeting_decisions').column('meeting_id').execute();

    await db.schema
      .createTable('meeting_actions')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('meeting_id', t.id, (c) => c.notNull().references('meetings.id'))
      .addColumn('agenda_item_id', t.id)
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('responsible_user_id', t.id, (c) => c.references('users.id'))
      .addColumn('responsible_contact_id', t.id)
      .addColumn('due_on', t.date, (c) => c.notNull())
      .addColumn('activity_id', t.id)
      .addColumn('done_on', t.date)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('meeting_actions_meeting_idx').on('meeting_actions').column('meeting_id').execute();

    await db.schema
      .createTable('agenda_template_items')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('agenda_template_items_key_unique', ['organisation_id', 'key'])
      .execute();

    await db.schema.alterTable('activities').addColumn('meeting_id', t.id).execute();
    await db.schema.createIndex('activities_meeting_idx').on('activities').column('meeting_id').execute();
    await db.schema.alterTable('mail_outbox').addColumn('attachments', 'text').execute();
  },
};
