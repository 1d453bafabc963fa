import type { MailOutboxRow, NotificationRow, ReminderSettingRow } from '../schema.js';
import { type Executor, forOrganisation } from '../tenant.js';

export async function listReminderSettings(db: Executor, organisationId: string): Promise<ReminderSettingRow[]> {
  return forOrganisation(db, organisationId).selectFrom('reminderSettings').selectAll().execute();
}

export async function findReminderSetting(
  db: Executor,
  organisationId: string,
  activityType: string,
): Promise<ReminderSettingRow | undefined> {
  return forOrganisation(db, organisationId)
    .selectFrom('reminderSettings')
    .selectAll()
    .where('activityType', '=', activityType)
    .executeTakeFirst();
}

export async function listProcurementLeadTimes(db: Executor, organisationId: string) {
  return forOrganisation(db, organisationId).selectFrom('procurementLeadTimes').selectAll().execute();
}

/** An organisation's mail deliveries, newest first (administrators follow failures here). */
export async function listMailDeliveries(
  db: Executor,
  organisationId: string,
  filter: { status?: MailOutboxRow['status']; limit: number; offset: number },
): Promise<{ items: MailOutboxRow[]; total: number }> {
  // Mail rows may belong to no organisation (system mail), so the outbox is not a tenant table; filter here.
  let base = db.selectFrom('mailOutbox').where('mailOutbox.organisationId', '=', organisationId);
  if (filter.status) base = base.where('mailOutbox.status', '=', filter.status);
  const [items, count] = await Promise.all([
    base.selectAll().orderBy('mailOutbox.createdAt', 'desc').limit(filter.limit).offset(filter.offset).execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
  ]);
  return { items, total: Number(count?.n ?? 0) };
}

export async function getMailDelivery(db: Executor, organisationId: string, mailId: string): Promise<MailOutboxRow | undefined> {
  return db
    .selectFrom('mailOutbox')
    .selectAll()
    .where('mailOutbox.organisationId', '=', organisationId)
    .where('mailOutbox.id', '=', mailId)
    .executeTakeFirst();
}

/** Puts a failed mail back in the queue for the next run, with its attempts counted from zero. */
export async function retryMail(db: Executor, organisationId: string, mailId: string, now: string): Promise<void> {
  await db
    .updateTable('mailOutbox')
    .set({ status: 'pending', attempts: 0, nextAttemptAt: now, claimedUntil: null, updatedAt: now })
    .where('organisationId', '=', organisationId)
    .where('id', '=', mailId)
    .where('status', '=', 'failed')
    .execute();
}

export async function listNotifications(
  db: Executor,
  organisationId: string,
  userId: string,
  filter: { unread?: boolean; limit: number },
): Promise<{ items: NotificationRow[]; unread: number }> {
  const mine = forOrganisation(db, organisationId).selectFrom('notifications').where('notifications.userId', '=', userId);
  let list = mine.selectAll();
  if (filter.unread) list = list.where('notifications.readAt', 'is', null);
  const [items, unread] = await Promise.all([
    list.orderBy('notifications.createdAt', 'desc').limit(filter.limit).execute(),
    mine
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('notifications.readAt', 'is', null)
      .executeTakeFirst(),
  ]);
  return { items, unread: Number(unread?.n ?? 0) };
}

export async function getNotification(
  db: Executor,
  organisationId: string,
  userId: string,
  notificationId: string,
): Promise<NotificationRow | undefined> {
  return forOrganisation(db, organisationId)
    .selectFrom('notifications')
    .selectAll()
    .where('notifications.userId', '=', userId)
    .where('notifications.id', '=', notificationId)
    .executeTakeFirst();
}

/** Marks a person's notifications read (one, or all when no id is given). */
export async function markNotificationsRead(
  db: Executor,
  organisationId: string,
  userId: string,
  now: string,
  notificationId?: string,
): Promise<void> {
  let query = forOrganisation(db, organisationId)
    .updateTable('notifications')
    .set({ readAt: now })
    .where('userId', '=', userId)
    .where('readAt', 'is', null);
  if (notificationId) query = query.where('id', '=', notificationId);
  await query.execute();
}
