import type * as Api from '@overblik/api';
import {
  addDays,
  type CalendarDate,
  type Clock,
  calendarDateInDenmark,
  dueReminders,
  MAX_DELIVERY_ATTEMPTS,
  retryDelaySeconds,
  TIME_ZONE,
} from '@overblik/core';
import {
  acrossOrganisations,
  activitiesDueForReminderCheck,
  attachDigest,
  claimMail,
  type Executor,
  insertNotification,
  insertReminderOnce,
  mailsReadyToSend,
  markMailFailedAttempt,
  markMailSent,
  pendingDigestReminders,
  plannedReminderLeads,
  queueMailOnce,
  type ReminderSettingRow,
  reminderRecipientsByUser,
  reminderSettingsOfOrganisations,
  responsibilityHolders,
  setNextReminder,
  setReminderMail,
} from '@overblik/db';
import type { ServerConfig } from '../../config.js';
import { groupBy } from '../group-by.js';
import { resolvedList } from '../option-lists/option-lists.js';
import { type EffectiveReminderSetting, effectiveSetting } from './effective-setting.js';
import { mailAttachments } from './mail-attachments.js';
import type { Mailer } from './mailer.js';
import { digestMail, notificationText, type ReminderSubject, reminderMail, subjectLink } from './reminder-text.js';

export type ReminderRunOptions = {
  config: Pick<ServerConfig, 'publicUrl' | 'smtp' | 'mailClaimSeconds' | 'digestHour' | 'filesDir'>;
  mailer: Mailer | null;
  /** The run's clock: `deps.clock` (the system clock), a fixed one in tests. */
  clock: Clock;
  /** Called after each mail is handed to SMTP (tests use it to stop a run mid-way). */
  afterSend?: (mailId: string) => void | Promise<void>;
};

/**
 * One reminder run (every 15 minutes, and `overblik reminders run`):
 * 1. plan: each open activity due for a check gets the reminders that have fallen due (one row per
 *    occurrence, lead time and recipient — the unique key means a second run, a restarted run or another
 *    instance plans nothing twice), with an in-app notification and a queued mail in the same transaction;
 * 2. digest: from the digest hour, each person who chose a daily digest gets one mail with what is waiting;
 * 3. deliver: queued mails are claimed, handed to SMTP and marked sent; failures are retried with back-off
 *    and marked failed after MAX_DELIVERY_ATTEMPTS, for administrators to see.
 * Killing the process at any point loses nothing: planning is transactional, and a mail claimed but not
 * marked sent is taken over when its claim runs out (docs/deadlines.md, "Reminders").
 */
export async function runReminders(db: Executor, options: ReminderRunOptions): Promise<Api.ReminderRunResult> {
  const now = () => options.clock.now();
  const day = calendarDateInDenmark(now());
  const result: Api.ReminderRunResult = { planned: 0, late: 0, notifications: 0, mailsQueued: 0, mailsSent: 0, mailsFailed: 0 };
  await planReminders(db, options, day, result);
  if (options.config.smtp && hourInDenmark(now()) >= options.config.digestHour) await queueDigests(db, options, day, result);
  if (options.mailer) await deliverMails(db, options, now, result);
  return result;
}

async function planReminders(db: Executor, options: ReminderRunOptions, day: CalendarDate, result: Api.ReminderRunResult) {
  const labels = new Map<string, Map<string, string>>();
  const everyOrganisation = acrossOrganisations(db, 'reminder run');
  for (;;) {
    const batch = await activitiesDueForReminderCheck(everyOrganisation, day, 200);
    if (batch.length === 0) return;
    const settings = settingsLookup(
      await reminderSettingsOfOrganisations(everyOrganisation, [...new Set(batch.map((a) => a.organisationId))]),
    );
    const planned = groupBy(
      await plannedReminderLeads(
        everyOrganisation,
        batch.map((a) => a.id),
      ),
      (p) => p.activityId,
    );
    for (const activity of batch) {
      const setting = settings(activity.organisationId, activity.type);
      const leads = activity.leadDays ? (JSON.parse(activity.leadDays) as number[]) : setting.leadDays;
      const already = new Set(
        (planned.get(activity.id) ?? []).filter((p) => p.occurrenceOn === activity.dueOn).map((p) => p.leadDays),
      );
      // The occurrence is "known" from the day the run was last asked to look at it: its creation, a change of
      // its date or lead times (which set nextReminderOn to that day), or the send day the previous run planned.
      // A send day before that is short notice, not a missed run; the creation day alone would call a deadline
      // that was moved closer, or a lead time that was added, "late" ("Overblik kørte ikke den dag").
      const createdOn = calendarDateInDenmark(new Date(activity.createdAt));
      const knownSince = activity.nextReminderOn && activity.nextReminderOn > createdOn ? activity.nextReminderOn : createdOn;
      const decisions = dueReminders({ dueOn: activity.dueOn, createdOn: knownSince }, leads, already, day);
      const later = leads.map((l) => addDays(activity.dueOn, -l)).filter((d) => d > day);
      const nextCheck = later.length > 0 ? later.reduce((a, b) => (a < b ? a : b)) : null;
      if (!labels.has(activity.organisationId)) {
        const list = await resolvedList(db, activity.organisationId, 'activity_type', 'da');
        labels.set(activity.organisationId, new Map(list.map((v) => [v.key, v.label])));
      }
      const subject: ReminderSubject = {
        typeLabel: labels.get(activity.organisationId)?.get(activity.type) ?? activity.type,
        type: activity.type,
        title: activity.title,
        description: activity.description,
        dueOn: activity.dueOn,
        contractId: activity.contractId,
        contractNumber: activity.contractNumber,
        contractName: activity.contractName,
        supplierId: activity.supplierId,
        supplierName: activity.supplierName,
      };
      await db.transaction().execute(async (trx) => {
        // Write first: on SQLite a transaction that has read cannot wait for another process's write lock
        // (it fails at once with "database is locked"); one that starts by writing waits (busy_timeout).
        await setNextReminder(trx, activity.organisationId, activity.id, nextCheck);
        if (decisions.length > 0) {
          const recipients = await recipientsOf(trx, activity, setting);
          for (const decision of decisions) {
            for (const recipient of recipients) {
              await planOne(trx, options, day, result, { activity, subject, decision, recipient });
            }
          }
        }
      });
    }
  }
}

type Setting = EffectiveReminderSetting;

function settingsLookup(rows: readonly ReminderSettingRow[]): (organisationId: string, type: string) => Setting {
  const byKey = new Map(rows.map((r) => [`${r.organisationId}:${r.activityType}`, r]));
  return (organisationId, type) => effectiveSetting(byKey.get(`${organisationId}:${type}`), type);
}

type Recipient =
  | { kind: 'user'; key: string; userId: string; email: string; name: string; delivery: 'single' | 'digest' }
  | { kind: 'email'; key: string; email: string };

type CheckedActivity = Awaited<ReturnType<typeof activitiesDueForReminderCheck>>[number];

/**
 * The responsible person, the holders of the chosen responsibilities on the contract, and the extra
 * addresses (the activity's and the organisation's for the type). Only active members of the organisation
 * are reminded as persons; an extra address that is a reminded person's own is not mailed twice.
 */
async function recipientsOf(trx: Executor, activity: CheckedActivity, setting: Setting): Promise<Recipient[]> {
  const userIds = new Set<string>();
  if (activity.responsibleUserId) userIds.add(activity.responsibleUserId);
  if (activity.contractId) {
    for (const id of await responsibilityHolders(trx, activity.organisationId, activity.contractId, setting.roles))
      userIds.add(id);
  }
  const users = await reminderRecipientsByUser(trx, activity.organisationId, [...userIds]);
  const out: Recipient[] = users
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((u) => ({
      kind: 'user',
      key: `user:${u.id}`,
      userId: u.id,
      email: u.email,
      name: u.name,
      delivery: u.reminderDelivery,
    }));
  const personal = new Set(users.map((u) => u.email.toLowerCase()));
  const extra = new Set([...(JSON.parse(activity.extraEmails) as string[]), ...setting.extraEmails].map((e) => e.toLowerCase()));
  for (const email of [...extra].sort()) if (!personal.has(email)) out.push({ kind: 'email', key: `email:${email}`, email });
  return out;
}

async function planOne(
  trx: Executor,
  options: ReminderRunOptions,
  day: CalendarDate,
  result: Api.ReminderRunResult,
  p: {
    activity: CheckedActivity;
    subject: ReminderSubject;
    decision: ReturnType<typeof dueReminders>[number];
    recipient: Recipient;
  },
) {
  const { activity, subject, decision, recipient } = p;
  const mailOn = options.config.smtp !== null;
  const delivery = decision.superseded
    ? 'none'
    : recipient.kind === 'user'
      ? mailOn
        ? recipient.delivery
        : 'in_app'
      : mailOn
        ? 'single'
        : 'none';
  const now = instant(options);
  const reminderId = await insertReminderOnce(trx, activity.organisationId, {
    id: crypto.randomUUID(),
    organisationId: activity.organisationId,
    activityId: activity.id,
    occurrenceOn: activity.dueOn,
    leadDays: decision.leadDays,
    recipientKey: recipient.key,
    userId: recipient.kind === 'user' ? recipient.userId : null,
    email: recipient.email,
    sendOn: decision.sendOn,
    late: decision.late ? 1 : 0,
    superseded: decision.superseded ? 1 : 0,
    delivery,
    mailId: null,
    createdAt: now,
  });
  if (!reminderId || decision.superseded) return;
  result.planned += 1;
  if (decision.late) result.late += 1;
  const text = notificationText(subject, day);
  if (recipient.kind === 'user') {
    await insertNotification(trx, activity.organisationId, {
      id: crypto.randomUUID(),
      organisationId: activity.organisationId,
      userId: recipient.userId,
      reminderId,
      activityId: activity.id,
      title: text.title,
      body: text.body,
      link: subjectLink(subject),
      dueOn: activity.dueOn,
      late: decision.late ? 1 : 0,
      createdAt: now,
      readAt: null,
    });
    result.notifications += 1;
  }
  if (delivery !== 'single') return;
  const mail = reminderMail(
    subject,
    { recipientName: recipient.kind === 'user' ? recipient.name : null, late: decision.late, sendOn: decision.sendOn },
    day,
    options.config.publicUrl,
  );
  const queued = await queueMailOnce(
    trx,
    {
      organisationId: activity.organisationId,
      dedupeKey: `reminder:${reminderId}`,
      recipient: recipient.email,
      subject: mail.subject,
      body: mail.text,
      late: decision.late ? 1 : 0,
    },
    now,
  );
  if (queued) {
    await setReminderMail(trx, activity.organisationId, reminderId, queued);
    result.mailsQueued += 1;
  }
}

/** One mail per person and organisation per day with every digest reminder waiting; the dedupe key makes it one. */
async function queueDigests(db: Executor, options: ReminderRunOptions, day: CalendarDate, result: Api.ReminderRunResult) {
  const waiting = await pendingDigestReminders(acrossOrganisations(db, 'reminder run'));
  for (const [key, items] of groupBy(waiting, (r) => `${r.organisationId}:${r.userId}`)) {
    const first = items[0];
    if (!first) continue;
    const mail = digestMail(items, day, options.config.publicUrl);
    const now = instant(options);
    await db.transaction().execute(async (trx) => {
      const mailId = await queueMailOnce(
        trx,
        {
          organisationId: first.organisationId,
          dedupeKey: `digest:${key}:${day}`,
          recipient: first.email,
          subject: mail.subject,
          body: mail.text,
          late: items.some((i) => i.late === 1) ? 1 : 0,
        },
        now,
      );
      if (!mailId) return;
      await attachDigest(
        trx,
        first.organisationId,
        items.map((i) => i.id),
        mailId,
      );
      result.mailsQueued += 1;
    });
  }
}

/**
 * Step 3 of a run on its own: hands the queued mails to SMTP now, for a use case whose mail should not wait
 * for the next run (an invitation; `mail-soon.ts`). Mails are claimed one by one, as in a run.
 */
export async function deliverQueuedMails(
  db: Executor,
  options: ReminderRunOptions,
): Promise<Pick<Api.ReminderRunResult, 'mailsSent' | 'mailsFailed'>> {
  const result: Api.ReminderRunResult = { planned: 0, late: 0, notifications: 0, mailsQueued: 0, mailsSent: 0, mailsFailed: 0 };
  if (options.mailer) await deliverMails(db, options, () => options.clock.now(), result);
  return { mailsSent: result.mailsSent, mailsFailed: result.mailsFailed };
}

async function deliverMails(db: Executor, options: ReminderRunOptions, now: () => Date, result: Api.ReminderRunResult) {
  const mailer = options.mailer as Mailer;
  for (;;) {
    const ready = await mailsReadyToSend(acrossOrganisations(db, 'mail delivery'), now().toISOString(), 50);
    if (ready.length === 0) return;
    for (const mail of ready) {
      const at = now();
      const claimedUntil = new Date(at.getTime() + options.config.mailClaimSeconds * 1000).toISOString();
      if (!(await claimMail(db, mail, at.toISOString(), claimedUntil))) continue;
      try {
        const attachments = await mailAttachments(db, options.config.filesDir, mail);
        await mailer.send({ id: mail.id, to: mail.recipient, subject: mail.subject, text: mail.body, attachments });
      } catch (err) {
        const attempts = mail.attempts + 1;
        const failed = attempts >= MAX_DELIVERY_ATTEMPTS;
        await markMailFailedAttempt(db, mail.id, now().toISOString(), err instanceof Error ? err.message : String(err), {
          status: failed ? 'failed' : 'pending',
          nextAttemptAt: new Date(now().getTime() + retryDelaySeconds(attempts) * 1000).toISOString(),
        });
        if (failed) result.mailsFailed += 1;
        continue;
      }
      await markMailSent(db, mail.id, now().toISOString());
      result.mailsSent += 1;
      await options.afterSend?.(mail.id);
    }
  }
}

/**
 * The run's clock (`options.clock`) as an instant. Everything the run writes is stamped with it, so a queued
 * mail is due at the run's own `now` and the same run delivers it.
 */
function instant(options: ReminderRunOptions): string {
  return options.clock.now().toISOString();
}

function hourInDenmark(instant: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', hourCycle: 'h23' }).format(instant));
}
