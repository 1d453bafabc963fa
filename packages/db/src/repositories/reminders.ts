import type { CalendarDate } from '@overblik/core';
import type { Insertable } from 'kysely';
import type { MailOutboxRow, MailOutboxTable } from '../schema.js';
import { type AcrossOrganisations, type Executor, forOrganisation, type TenantInsertable } from '../tenant.js';

/*
 * The reminder run is a system job over every organisation (like the deadline recompute): the reads that pick
 * its work from all organisations take `acrossOrganisations`' writer. Each row it writes, it writes through
 * `forOrganisation` with the organisation of the activity it is about. The mail outbox is not a tenant table
 * (a mail may be of no organisation); docs/architecture.md lists these cross-organisation reads.
 */

/** Open activities the reminder run should look at on `day`, with what the reminder text needs. */
export async function activitiesDueForReminderCheck(db: AcrossOrganisations, day: CalendarDate, limit: number) {
  return db
    .selectFrom('activities')
    .leftJoin('contracts', 'contracts.id', 'activities.contractId')
    .leftJoin('suppliers', 'suppliers.id', 'activities.supplierId')
    .selectAll('activities')
    .select(['contracts.number as contractNumber', 'contracts.name as contractName', 'suppliers.name as supplierName'])
    .where('activities.status', '=', 'open')
    .where('activities.nextReminderOn', '<=', day)
    .orderBy('activities.nextReminderOn')
    .orderBy('activities.id')
    .limit(limit)
    .execute();
}

export async function setNextReminder(
  db: Executor,
  organisationId: string,
  activityId: string,
  nextReminderOn: CalendarDate | null,
): Promise<void> {
  await forOrganisation(db, organisationId)
    .updateTable('activities')
    .set({ nextReminderOn })
    .where('id', '=', activityId)
    .execute();
}

export async function reminderSettingsOfOrganisations(db: AcrossOrganisations, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom('reminderSettings')
    .selectAll()
    .where('organisationId', 'in', [...organisationIds])
    .execute();
}

/** Lead times already planned for the given occurrences. */
export async function plannedReminderLeads(db: AcrossOrganisations, activityIds: readonly string[]) {
  if (activityIds.length === 0) return [];
  return db
    .selectFrom('reminders')
    .select(['activityId', 'occurrenceOn', 'leadDays'])
    .where('activityId', 'in', [...activityIds])
    .execute();
}

/** Active members of the organisation among `userIds`, with what delivery needs. */
export async function reminderRecipientsByUser(db: Executor, organisationId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('users')
    .innerJoin('memberships', 'memberships.userId', 'users.id')
    .select(['users.id', 'users.email', 'users.name', 'users.reminderDelivery'])
    .where('memberships.organisationId', '=', organisationId)
    .where('users.id', 'in', [...userIds])
    .where('users.disabledAt', 'is', null)
    .execute();
}

/** Holders of the given responsibilities on a contract. */
export async function responsibilityHolders(
  db: Executor,
  organisationId: string,
  contractId: string,
  roles: readonly string[],
): Promise<string[]> {
  if (roles.length === 0) return [];
  const rows = await db
    .selectFrom('contractResponsibilities')
    .select('userId')
    .where('organisationId', '=', organisationId)
    .where('contractId', '=', contractId)
    .where('role', 'in', [...roles])
    .execute();
  return rows.map((r) => r.userId);
}

/** Plans one reminder; undefined when it was already planned (the unique key makes it happen once). */
export async function insertReminderOnce(
  db: Executor,
  organisationId: string,
  row: TenantInsertable<'reminders'>,
): Promise<string | undefined> {
  const inserted = await forOrganisation(db, organisationId)
    .insertInto('reminders')
    .values(row)
    .onConflict((oc) => oc.columns(['activityId', 'occurrenceOn', 'leadDays', 'recipientKey']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function insertNotification(
  db: Executor,
  organisationId: string,
  row: TenantInsertable<'notifications'>,
): Promise<void> {
  await forOrganisation(db, organisationId).insertInto('notifications').values(row).execute();
}

export type NewMail = Pick<MailOutboxTable, 'organisationId' | 'dedupeKey' | 'recipient' | 'subject' | 'body' | 'late'> & {
  attachments?: string | null;
};

/**
 * Queues a mail, due at `now`, once per dedupe key; returns its id, or undefined when a mail with that key is
 * already queued.
 */
export async function queueMailOnce(db: Executor, mail: NewMail, now: string): Promise<string | undefined> {
  const row: Insertable<MailOutboxTable> = {
    id: crypto.randomUUID(),
    ...mail,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    claimedUntil: null,
    lastError: null,
    sentAt: null,
    createdAt: now,
    updatedAt: now,
  };
  const inserted = await db
    .insertInto('mailOutbox')
    .values(row)
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function setReminderMail(db: Executor, organisationId: string, reminderId: string, mailId: string): Promise<void> {
  await forOrganisation(db, organisationId).updateTable('reminders').set({ mailId }).where('id', '=', reminderId).execute();
}

/** Reminders waiting for a person's daily digest, with their text. */
export async function pendingDigestReminders(db: AcrossOrganisations) {
  return db
    .selectFrom('reminders')
    .innerJoin('users', 'users.id', 'reminders.userId')
    .leftJoin('notifications', 'notifications.reminderId', 'reminders.id')
    .select([
      'reminders.id',
      'reminders.organisationId',
      'reminders.userId',
      'reminders.late',
      'reminders.sendOn',
      'users.email',
      'notifications.title',
      'notifications.body',
      'notifications.link',
    ])
    .where('reminders.delivery', '=', 'digest')
    .where('reminders.mailId', 'is', null)
    .orderBy('reminders.sendOn')
    .execute();
}

export async function attachDigest(
  db: Executor,
  organisationId: string,
  reminderIds: readonly string[],
  mailId: string,
): Promise<void> {
  if (reminderIds.length === 0) return;
  await forOrganisation(db, organisationId)
    .updateTable('reminders')
    .set({ mailId })
    .where('id', 'in', [...reminderIds])
    .where('mailId', 'is', null)
    .execute();
}

/** Mails ready to go: pending and due, or held by a sender whose claim ran out (it stopped mid-way). */
export async function mailsReadyToSend(db: AcrossOrganisations, now: string, limit: number): Promise<MailOutboxRow[]> {
  return db
    .selectFrom('mailOutbox')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('nextAttemptAt', '<=', now)]),
        eb.and([eb('status', '=', 'sending'), eb('claimedUntil', '<', now)]),
      ]),
    )
    .orderBy('createdAt')
    .limit(limit)
    .execute();
}

/**
 * Takes a mail for sending until `claimedUntil`, if no one else holds it; false when another sender got
 * there first. The claim is committed before the mail is handed to SMTP.
 */
export async function claimMail(db: Executor, mail: MailOutboxRow, now: string, claimedUntil: string): Promise<boolean> {
  const result = await db
    .updateTable('mailOutbox')
    .set({ status: 'sending', claimedUntil, attempts: mail.attempts + 1, updatedAt: now })
    .where('id', '=', mail.id)
    .where('status', '=', mail.status)
    .where('attempts', '=', mail.attempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markMailSent(db: Executor, mailId: string, now: string): Promise<void> {
  await db
    .updateTable('mailOutbox')
    .set({ status: 'sent', sentAt: now, claimedUntil: null, lastError: null, updatedAt: now })
    .where('id', '=', mailId)
    .execute();
}

export async function markMailFailedAttempt(
  db: Executor,
  mailId: string,
  now: string,
  error: string,
  next: { status: 'pending' | 'failed'; nextAttemptAt: string },
): Promise<void> {
  await db
    .updateTable('mailOutbox')
    .set({
      status: next.status,
      nextAttemptAt: next.nextAttemptAt,
      lastError: error.slice(0, 1000),
      claimedUntil: null,
      updatedAt: now,
    })
    .where('id', '=', mailId)
    .execute();
}
