import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../connect.js';
import { columnTypes, type Migration } from './types.js';

/**
 * Activities, reminders, calendar feeds and the procurement plan (issue 4): activities on contracts and
 * suppliers (derived ones carry a `derived_key`); per-organisation reminder settings and procurement lead
 * times; the reminder plan (one row per occurrence, lead time and recipient — its unique key is what makes
 * a reminder go out once); in-app notifications; the mail outbox; secret links for calendar feeds and the
 * public procurement plan; and each person's choice of single mails or a daily digest.
 */
export const activitiesAndReminders: Migration = {
  name: '0007-activities-and-reminders',
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    await db.schema
      .createTable('activities')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('contract_id', t.id, (c) => c.references('contracts.id'))
      .addColumn('supplier_id', t.id, (c) => c.references('suppliers.id'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('description', 'text')
      .addColumn('recurrence', 'text', (c) => c.notNull().defaultTo('none'))
      .addColumn('anchor_on', t.date, (c) => c.notNull())
      .addColumn('recurrence_dates', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('due_on', t.date, (c) => c.notNull())
      .addColumn('responsible_user_id', t.id, (c) => c.references('users.id'))
      .addColumn('lead_days', 'text')
      .addColumn('extra_emails', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('derived_key', 'text')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
      .addColumn('done_on', t.date)
      .addColumn('done_by_user_id', t.id, (c) => c.references('users.id'))
      .addColumn('done_by_name', 'text')
      .addColumn('done_at', t.instant)
      .addColumn('done_note', 'text')
      .addColumn('next_reminder_on', t.date)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('activities_organisation_status_due_idx')
      .on('activities')
      .columns(['organisation_id', 'status', 'due_on'])
      .execute();
    await db.schema.createIndex('activities_next_reminder_idx').on('activities').columns(['next_reminder_on']).execute();
    await db.schema.createIndex('activities_contract_idx').on('activities').column('contract_id').execute();
    await db.schema.createIndex('activities_supplier_idx').on('activities').column('supplier_id').execute();
    await db.schema
      .createIndex('activities_derived_unique')
      .on('activities')
      .columns(['contract_id', 'derived_key', 'due_on'])
      .unique()
      .execute();

    await db.schema
      .createTable('reminder_settings')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('activity_type', 'text', (c) => c.notNull())
      .addColumn('lead_days', 'text', (c) => c.notNull())
      .addColumn('roles', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('extra_emails', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('reminder_settings_organisation_type_unique', ['organisation_id', 'activity_type'])
      .execute();

    await db.schema
      .createTable('procurement_lead_times')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('procurement_form', 'text', (c) => c.notNull())
      .addColumn('months', 'integer', (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('procurement_lead_times_organisation_form_unique', ['organisation_id', 'procurement_form'])
      .execute();

    await db.schema
      .createTable('reminders')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('activity_id', t.id, (c) => c.notNull())
      .addColumn('occurrence_on', t.date, (c) => c.notNull())
      .addColumn('lead_days', 'integer', (c) => c.notNull())
      .addColumn('recipient_key', 'text', (c) => c.notNull())
      .addColumn('user_id', t.id, (c) => c.references('users.id'))
      .addColumn('email', 'text')
      .addColumn('send_on', t.date, (c) => c.notNull())
      .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('superseded', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('delivery', 'text', (c) => c.notNull())
      .addColumn('mail_id', t.id)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('reminders_once_unique', ['activity_id', 'occurrence_on', 'lead_days', 'recipient_key'])
      .execute();
    await db.schema.createIndex('reminders_digest_idx').on('reminders').columns(['delivery', 'mail_id']).execute();

    await db.schema
      .createTable('notifications')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('reminder_id', t.id, (c) => c.unique())
      .addColumn('activity_id', t.id)
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('link', 'text')
      .addColumn('due_on', t.date)
      .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('read_at', t.instant)
      .execute();
    await db.schema
      .createIndex('notifications_user_idx')
      .on('notifications')
      .columns(['user_id', 'organisation_id', 'read_at'])
      .execute();

    await db.schema
      .createTable('mail_outbox')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.references('organisations.id'))
      .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', t.instant, (c) => c.notNull())
      .addColumn('claimed_until', t.instant)
      .addColumn('last_error', 'text')
      .addColumn('sent_at', t.instant)
      .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('mail_outbox_status_idx').on('mail_outbox').columns(['status', 'next_attempt_at']).execute();
    await db.schema
      .createIndex('mail_outbox_organisation_idx')
      .on('mail_outbox')
      .columns(['organisation_id', 'status'])
      .execute();

    await db.schema
      .createTable('secret_links')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('user_id', t.id, (c) => c.references('users.id'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_by_user_id', t.id, (c) => c.references('users.id'))
      .addColumn('revoked_at', t.instant)
      .addColumn('last_used_at', t.instant)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('secret_links_organisation_idx')
      .on('secret_links')
      .columns(['organisation_id', 'kind', 'user_id'])
      .execute();

    await db.schema
      .alterTable('users')
      .addColumn('reminder_delivery', 'text', (c) => c.notNull().defaultTo('single'))
      .execute();
    // Every contract's deadlines are computed again on the next run, which also creates its derived activities.
    await sql`update contracts set deadlines_on = null`.execute(db);
  },
};
