import type * as Api from '@overblik/api';
import { normaliseLeadDays } from '@overblik/core';
import {
  deleteAudited,
  listMailDeliveries as findMailDeliveries,
  listNotifications as findNotifications,
  findReminderSetting,
  listReminderSettings as findReminderSettings,
  getMailDelivery,
  getNotification,
  insertAudited,
  type MailOutboxRow,
  markNotificationsRead,
  type NotificationRow,
  recheckReminders,
  retryMail,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { requireOrganisation, requirePerson } from '../authorize.js';
import { checkOption, resolvedList } from '../option-lists/option-lists.js';
import { effectiveSetting } from './effective-setting.js';

/** Every activity type of the organisation with its lead times, reminded roles and extra addresses. */
export async function listReminderSettings(deps: Deps, caller: Caller, organisationId: string): Promise<Api.ReminderSettingList> {
  requireOrganisation(caller, 'read', organisationId);
  const own = new Map((await findReminderSettings(deps.db, organisationId)).map((s) => [s.activityType, s]));
  const types = await resolvedList(deps.db, organisationId, 'activity_type', 'da');
  const items = types.map((t): Api.ReminderSetting => ({ activityType: t.key, ...effectiveSetting(own.get(t.key), t.key) }));
  return { items, emailConfigured: deps.config.smtp !== null };
}

/** Sets the organisation's lead times, roles and extra addresses for one activity type (administrators). */
export async function putReminderSetting(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  activityType: string,
  input: Api.PutReminderSettingRequest,
): Promise<Api.ReminderSetting> {
  requireOrganisation(caller, 'admin', organisationId);
  const values = {
    leadDays: JSON.stringify(normaliseLeadDays(input.leadDays)),
    roles: JSON.stringify([...new Set(input.roles)]),
    extraEmails: JSON.stringify([...new Set(input.extraEmails.map((e) => e.trim().toLowerCase()))]),
  };
  await deps.db.transaction().execute(async (trx) => {
    await checkOption(trx, organisationId, 'activity_type', activityType, '/activityType');
    for (const [i, role] of input.roles.entries())
      await checkOption(trx, organisationId, 'responsibility_role', role, `/roles/${i}`);
    const current = await findReminderSetting(trx, organisationId, activityType);
    const now = deps.clock.now().toISOString();
    if (current) await updateAudited(trx, caller.audit, 'reminderSettings', { id: current.id, organisationId }, values);
    else
      await insertAudited(trx, caller.audit, 'reminderSettings', {
        id: crypto.randomUUID(),
        organisationId,
        activityType,
        ...values,
        createdAt: now,
        updatedAt: now,
      });
    await recheckReminders(trx, organisationId, deps.clock.today(), activityType);
  });
  const list = await listReminderSettings(deps, caller, organisationId);
  return list.items.find((s) => s.activityType === activityType) as Api.ReminderSetting;
}

/** Back to the product's defaults for one activity type (administrators). */
export async function resetReminderSetting(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  activityType: string,
): Promise<void> {
  requireOrganisation(caller, 'admin', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    const current = await findReminderSetting(trx, organisationId, activityType);
    if (!current) return;
    await deleteAudited(trx, caller.audit, 'reminderSettings', { id: current.id, organisationId });
    await recheckReminders(trx, organisationId, deps.clock.today(), activityType);
  });
}

const presentMail = (m: MailOutboxRow): Api.MailDelivery => ({
  id: m.id,
  recipient: m.recipient,
  subject: m.subject,
  status: m.status,
  attempts: m.attempts,
  nextAttemptAt: m.nextAttemptAt,
  lastError: m.lastError,
  sentAt: m.sentAt,
  late: m.late === 1,
  createdAt: m.createdAt,
});

/** The organisation's reminder mails and how their delivery went (administrators follow failures here). */
export async function listMailDeliveries(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.MailDeliveryQuery,
): Promise<Api.MailDeliveryPage> {
  requireOrganisation(caller, 'admin', organisationId);
  const page = await findMailDeliveries(deps.db, organisationId, {
    ...(query.status && { status: query.status }),
    limit: query.limit ?? 100,
    offset: query.offset ?? 0,
  });
  return { items: page.items.map(presentMail), total: page.total };
}

/** Puts a failed mail back in the queue; the next run sends it (administrators). */
export async function retryMailDelivery(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  mailId: string,
): Promise<Api.MailDelivery> {
  requireOrganisation(caller, 'admin', organisationId);
  if (!(await getMailDelivery(deps.db, organisationId, mailId))) throw new AppError('mail_not_found');
  await retryMail(deps.db, organisationId, mailId, deps.clock.now().toISOString());
  return presentMail((await getMailDelivery(deps.db, organisationId, mailId)) as MailOutboxRow);
}

const presentNotification = (n: NotificationRow): Api.Notification => ({
  id: n.id,
  activityId: n.activityId,
  title: n.title,
  body: n.body,
  link: n.link,
  dueOn: n.dueOn,
  late: n.late === 1,
  createdAt: n.createdAt,
  readAt: n.readAt,
});

/** The caller's own notifications in the organisation, newest first, with the number unread. */
export async function listNotifications(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.NotificationQuery,
): Promise<Api.NotificationList> {
  requireOrganisation(caller, 'read', organisationId);
  const list = await findNotifications(deps.db, organisationId, caller.user.id, {
    ...(query.unread !== undefined && { unread: query.unread }),
    limit: query.limit ?? 50,
  });
  return { items: list.items.map(presentNotification), unread: list.unread };
}

export async function readNotification(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  notificationId: string,
): Promise<Api.Notification> {
  requireOrganisation(caller, 'read', organisationId);
  requirePerson(caller);
  if (!(await getNotification(deps.db, organisationId, caller.user.id, notificationId)))
    throw new AppError('notification_not_found');
  await markNotificationsRead(deps.db, organisationId, caller.user.id, deps.clock.now().toISOString(), notificationId);
  return presentNotification((await getNotification(deps.db, organisationId, caller.user.id, notificationId)) as NotificationRow);
}

export async function readAllNotifications(deps: Deps, caller: Caller, organisationId: string): Promise<void> {
  requireOrganisation(caller, 'read', organisationId);
  requirePerson(caller);
  await markNotificationsRead(deps.db, organisationId, caller.user.id, deps.clock.now().toISOString());
}
