import {
  addDays,
  addMonths,
  type CalendarDate,
  calendarDateInDenmark,
  contractDeadlines,
  type DeadlineTerms,
  fixedClock,
  formatDanishDate,
  MAX_DELIVERY_ATTEMPTS,
  retryDelaySeconds,
  TIME_ZONE,
} from '@overblik/core';
import type { DialectName } from '@overblik/db';
import { testDialects } from '@overblik/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../src/usecases/reminders/mailer.js';
import { runReminders } from '../src/usecases/reminders/run-reminders.js';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  type Client,
  logIn,
  type OrganisationApp,
  organisationFixture,
  startTestApp,
} from './harness.js';
import { type ReceivedMail, startTestSmtp, type TestSmtp } from './smtp.js';

/*
 * The reminder run end to end against a real SMTP server on 127.0.0.1 (smtp-server) and a real database of
 * each dialect: who gets what, once; without SMTP; retries and failures; late reminders; the daily digest.
 * The crash and concurrency tests (separate processes) are in tests/e2e/reminders-crash.e2e.test.ts.
 */

const FROM = 'Overblik <overblik@kommune.test>';
const PUBLIC_URL = 'http://overblik.test';

/** The instant at `hour`:`minute` Danish time on calendar day `day` (winter or summer time). */
function danishTime(day: string, hour: number, minute = 0): Date {
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  for (const offset of ['+01:00', '+02:00']) {
    const candidate = new Date(`${day}T${hh}:${mm}:00${offset}`);
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(candidate);
    if (calendarDateInDenmark(candidate) === day && local === `${hh}:${mm}`) return candidate;
  }
  throw new Error(`no instant ${day} ${hh}:${mm} in ${TIME_ZONE}`);
}

/** An organisation fixture (see harness) whose server is configured with the given SMTP server, or none. */
async function startOrganisation(dialect: DialectName, tag: string, smtp: TestSmtp | null): Promise<OrganisationApp> {
  const t = await startTestApp(dialect, smtp ? { OVERBLIK_SMTP_URL: smtp.url, OVERBLIK_MAIL_FROM: FROM } : {});
  const sysadmin = await logIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
  const org = await organisationFixture(t.app, sysadmin, '461', tag);
  return { t, sysadmin, org, base: `/api/v1/organisations/${org.organisationId}` };
}

/** One reminder run as the scheduler does it (a mailer per run), optionally at another instant. */
async function runAt(o: OrganisationApp, at?: Date) {
  const mailer = createMailer(o.t.config);
  try {
    return await runReminders(o.t.database.db, { config: o.t.config, mailer, clock: at ? fixedClock(at) : o.t.clock });
  } finally {
    mailer?.close();
  }
}

async function me(client: Client): Promise<{ id: string; email: string; name: string }> {
  const response = await client.get('/api/v1/me');
  return response.data.user;
}

const recipientsOf = (mails: readonly ReceivedMail[]) => mails.flatMap((m) => m.to).sort();

for (const dialect of testDialects()) {
  describe(`reminders on ${dialect}`, () => {
    let smtp: TestSmtp;
    beforeAll(async () => {
      smtp = await startTestSmtp();
    });
    afterAll(async () => {
      await smtp?.close();
    });

    describe('right recipients, right text, once', () => {
      let o: OrganisationApp;
      let today: CalendarDate;
      let due: CalendarDate;
      let contractId: string;
      let activityId: string;
      let editor: { id: string; email: string; name: string };
      let reader: { id: string; email: string; name: string };
      let admin: { id: string; email: string; name: string };
      beforeAll(async () => {
        smtp.reset();
        o = await startOrganisation(dialect, 'r1', smtp);
        editor = await me(o.org.editor);
        reader = await me(o.org.reader);
        admin = await me(o.org.admin);
        today = calendarDateInDenmark(new Date());
        due = addDays(today, 3);
      });
      afterAll(async () => {
        await o?.t.close();
      });

      it('derives a notice deadline from the contract terms and mails its 3-day reminder to exactly the right people', async () => {
        const setting = await o.org.admin.put(`${o.base}/reminder-settings/notice_deadline`, {
          leadDays: [7, 3],
          roles: ['systemejer'],
          extraEmails: ['Indkoeb@kommune.test'],
        });
        expect(setting.statusCode).toBe(200);

        // A tacitly renewing contract whose latest notice date is three days from today.
        const terms = (termEndsOn: CalendarDate): DeadlineTerms => ({
          inForceFrom: '2024-01-01',
          termKind: 'end_date',
          termMonths: null,
          termEndsOn,
          renewal: 'automatic',
          renewalMonths: 12,
          irrevocableUntil: null,
          noticeMonths: 1,
          noticePeriodEnd: null,
          noticeEndMonth: null,
          earlyTermination: false,
          terminationGivenOn: null,
          terminationEffectiveOn: null,
          priceRegulationDate: null,
        });
        let termEndsOn = addMonths(due, 1);
        while (contractDeadlines(terms(termEndsOn), [], today).latestNoticeDate !== due) termEndsOn = addDays(termEndsOn, -1);
        const contract = await o.org.editor.post(`${o.base}/contracts`, {
          number: 'K-2026-099',
          name: 'Økonomisystem',
          supplierId: o.org.supplierId,
          inForceFrom: '2024-01-01',
          termKind: 'end_date',
          termEndsOn,
          renewal: 'automatic',
          renewalMonths: 12,
          noticeMonths: 1,
          responsibilities: [{ role: 'systemejer', userId: reader.id }],
        });
        expect(contract.statusCode, contract.body).toBe(201);
        contractId = contract.data.id;
        const derived = await o.org.editor.get(`${o.base}/activities?contractId=${contractId}&type=notice_deadline`);
        expect(derived.data.items).toHaveLength(1);
        expect(derived.data.items[0]).toMatchObject({ dueOn: due, derived: true, effectiveLeadDays: [7, 3] });
        activityId = derived.data.items[0].id;
        // The responsible person and the activity's own extra addresses (one of them a reminded person's own).
        const patched = await o.org.editor.patch(`${o.base}/activities/${activityId}`, {
          responsibleUserId: editor.id,
          extraEmails: ['ekstern@raadgiver.test', reader.email.toUpperCase()],
        });
        expect(patched.statusCode, patched.body).toBe(200);

        const result = await runAt(o);
        expect(result).toEqual({ planned: 4, late: 0, notifications: 2, mailsQueued: 4, mailsSent: 4, mailsFailed: 0 });

        // Exactly one mail per recipient: the responsible person, the systemejer, the extra addresses.
        expect(recipientsOf(smtp.accepted)).toEqual(
          [editor.email, reader.email, 'ekstern@raadgiver.test', 'indkoeb@kommune.test'].sort(),
        );
        expect(smtp.rejected).toEqual([]);
        const outbox = await o.t.database.db.selectFrom('mailOutbox').selectAll().execute();
        expect(outbox).toHaveLength(4);
        for (const mail of smtp.accepted) {
          expect(mail.to).toHaveLength(1);
          expect(mail.from).toBe('overblik@kommune.test');
          expect(mail.subject).toBe(`Påmindelse: Opsigelsesfrist ${formatDanishDate(due)} – Økonomisystem (K-2026-099)`);
          expect(mail.text).toContain('Fristen er om 3 dage.');
          expect(mail.text).toContain('Beslut, om kontrakten skal opsiges.');
          expect(mail.text).toContain(`Se mere i Overblik: ${PUBLIC_URL}/kontrakter/${contractId}`);
          expect(mail.text).not.toContain('for sent');
          // The mail names its outbox row, so a mail handed over twice is recognisable as the same one.
          const row = outbox.find((r) => r.id === mail.mailId);
          expect(row).toMatchObject({ recipient: mail.to[0], status: 'sent', attempts: 1, late: 0, lastError: null });
          expect(mail.messageId).toBe(`<${mail.mailId}@overblik.invalid>`);
        }
        const byRecipient = new Map(smtp.accepted.map((m) => [m.to[0], m]));
        expect(byRecipient.get(editor.email)?.text.split('\n')[0]).toBe(`Hej ${editor.name}`);
        expect(byRecipient.get(reader.email)?.text.split('\n')[0]).toBe(`Hej ${reader.name}`);
        expect(byRecipient.get('ekstern@raadgiver.test')?.text.split('\n')[0]).toBe('Hej');

        // The plan: the 7-day reminder fell due at the same time and is recorded superseded, never sent.
        const plan = await o.t.database.db
          .selectFrom('reminders')
          .selectAll()
          .where('activityId', '=', activityId)
          .orderBy('leadDays')
          .orderBy('recipientKey')
          .execute();
        expect(plan.map((r) => [r.leadDays, r.recipientKey, r.delivery, r.superseded, r.mailId !== null])).toEqual(
          [
            [3, 'email:ekstern@raadgiver.test', 'single', 0, true],
            [3, 'email:indkoeb@kommune.test', 'single', 0, true],
            [3, `user:${editor.id}`, 'single', 0, true],
            [3, `user:${reader.id}`, 'single', 0, true],
            [7, 'email:ekstern@raadgiver.test', 'none', 1, false],
            [7, 'email:indkoeb@kommune.test', 'none', 1, false],
            [7, `user:${editor.id}`, 'none', 1, false],
            [7, `user:${reader.id}`, 'none', 1, false],
          ].sort((a, b) => (a[0] as number) - (b[0] as number) || String(a[1]).localeCompare(String(b[1]))),
        );
        expect(plan.every((r) => r.occurrenceOn === due && r.late === 0)).toBe(true);
      });

      it('shows the reminder in the app to each reminded person, and to no one else', async () => {
        for (const client of [o.org.editor, o.org.reader]) {
          const list = await client.get(`${o.base}/notifications`);
          expect(list.statusCode).toBe(200);
          expect(list.data.unread).toBe(1);
          expect(list.data.items).toHaveLength(1);
          expect(list.data.items[0]).toMatchObject({
            activityId,
            title: `Opsigelsesfrist ${formatDanishDate(due)} – Økonomisystem (K-2026-099)`,
            link: `/kontrakter/${contractId}`,
            dueOn: due,
            late: false,
            readAt: null,
          });
          expect(list.data.items[0].body).toMatch(/^Fristen er om 3 dage\./);
        }
        const adminList = await o.org.admin.get(`${o.base}/notifications`);
        expect(adminList.data).toEqual({ items: [], unread: 0 });
        const summary = await o.org.reader.get(`${o.base}/deadline-summary`);
        expect(summary.data.emailConfigured).toBe(true);
      });

      it('sends nothing more on the next runs', async () => {
        const again = await runAt(o);
        expect(again).toEqual({ planned: 0, late: 0, notifications: 0, mailsQueued: 0, mailsSent: 0, mailsFailed: 0 });
        const tomorrow = await runAt(o, danishTime(addDays(today, 1), 9));
        expect(tomorrow).toEqual({ planned: 0, late: 0, notifications: 0, mailsQueued: 0, mailsSent: 0, mailsFailed: 0 });
        expect(smtp.accepted).toHaveLength(4);
        expect(await o.t.database.db.selectFrom('notifications').select('id').execute()).toHaveLength(2);
      });

      it('gives a person who chose a digest no single mails, and one digest a day from the digest hour', async () => {
        smtp.reset();
        const choice = await o.org.admin.patch('/api/v1/me', { reminderDelivery: 'digest' });
        expect(choice.statusCode, choice.body).toBe(200);
        const created = [];
        for (const body of [
          {
            type: 'renegotiation',
            title: 'Genforhandling af support',
            anchorOn: addDays(today, 20),
            leadDays: [30],
            extraEmails: ['kopi@kommune.test'],
          },
          { type: 'status_meeting', title: 'Statusmøde med leverandøren', anchorOn: addDays(today, 1) },
        ]) {
          const activity = await o.org.editor.post(`${o.base}/activities`, {
            contractId,
            responsibleUserId: admin.id,
            ...body,
          });
          expect(activity.statusCode, activity.body).toBe(201);
          created.push(activity.data);
        }

        // Before the digest hour (07:00 Danish time): the single mail goes, the digest waits.
        const early = await runAt(o, danishTime(today, 5));
        expect(early).toMatchObject({ planned: 3, notifications: 2, mailsQueued: 1, mailsSent: 1 });
        expect(recipientsOf(smtp.accepted)).toEqual(['kopi@kommune.test']);
        const notifications = await o.org.admin.get(`${o.base}/notifications`);
        expect(notifications.data.unread).toBe(2);

        // From the digest hour: one mail with both.
        const later = await runAt(o, danishTime(today, 8));
        expect(later).toMatchObject({ planned: 0, mailsQueued: 1, mailsSent: 1 });
        const digests = smtp.accepted.filter((m) => m.to.includes(admin.email));
        expect(digests).toHaveLength(1);
        const digest = digests[0] as ReceivedMail;
        expect(digest.subject).toBe('Overblik: 2 påmindelser');
        expect(digest.text).toContain(`Dine påmindelser fra Overblik ${formatDanishDate(today)}:`);
        expect(digest.text).toContain(
          `• Genforhandling: Genforhandling af support ${formatDanishDate(addDays(today, 20))} – Økonomisystem (K-2026-099)`,
        );
        expect(digest.text).toContain(
          `• Statusmøde: Statusmøde med leverandøren ${formatDanishDate(addDays(today, 1))} – Økonomisystem (K-2026-099)`,
        );
        expect(digest.text).toContain(`${PUBLIC_URL}/kontrakter/${contractId}`);
        expect(digest.text).not.toContain('[Forsinket]');

        // Run twice more the same day: still one digest; and no single reminder mail ever went to the person.
        expect(await runAt(o, danishTime(today, 8, 15))).toMatchObject({ mailsQueued: 0, mailsSent: 0 });
        expect(await runAt(o, danishTime(today, 23, 45))).toMatchObject({ mailsQueued: 0, mailsSent: 0 });
        expect(smtp.accepted.filter((m) => m.to.includes(admin.email))).toHaveLength(1);
        expect(smtp.accepted).toHaveLength(2);
        const plan = await o.t.database.db
          .selectFrom('reminders')
          .selectAll()
          .where('userId', '=', admin.id)
          .where('superseded', '=', 0)
          .execute();
        expect(plan).toHaveLength(2);
        expect(plan.every((r) => r.delivery === 'digest' && r.mailId === digest.mailId)).toBe(true);
      });
    });

    describe('without SMTP', () => {
      let o: OrganisationApp;
      beforeAll(async () => {
        smtp.reset();
        o = await startOrganisation(dialect, 'r2', null);
      });
      afterAll(async () => {
        await o?.t.close();
      });

      it('reminds in the app only, queues no mail, and says so', async () => {
        expect(o.t.config.smtp).toBeNull();
        const today = calendarDateInDenmark(new Date());
        const editor = await me(o.org.editor);
        await o.org.admin.put(`${o.base}/reminder-settings/renegotiation`, {
          leadDays: [3],
          roles: ['systemejer'],
          extraEmails: ['indkoeb@kommune.test'],
        });
        const activity = await o.org.editor.post(`${o.base}/activities`, {
          contractId: o.org.contractId,
          type: 'renegotiation',
          anchorOn: addDays(today, 3),
          responsibleUserId: editor.id,
          extraEmails: ['ekstern@raadgiver.test'],
        });
        expect(activity.statusCode, activity.body).toBe(201);

        const result = await runReminders(o.t.database.db, { config: o.t.config, mailer: null, clock: o.t.clock });
        expect(result).toEqual({ planned: 4, late: 0, notifications: 2, mailsQueued: 0, mailsSent: 0, mailsFailed: 0 });
        expect(await o.t.database.db.selectFrom('mailOutbox').select('id').execute()).toEqual([]);
        const plan = await o.t.database.db.selectFrom('reminders').select(['recipientKey', 'delivery']).execute();
        expect(plan.map((r) => `${r.recipientKey.split(':')[0]} ${r.delivery}`).sort()).toEqual([
          'email none',
          'email none',
          'user in_app',
          'user in_app',
        ]);
        for (const client of [o.org.editor, o.org.reader]) {
          const list = await client.get(`${o.base}/notifications`);
          expect(list.data.items).toHaveLength(1);
          expect(list.data.items[0].link).toBe(`/kontrakter/${o.org.contractId}`);
        }
        const summary = await o.org.reader.get(`${o.base}/deadline-summary`);
        expect(summary.statusCode).toBe(200);
        expect(summary.data.emailConfigured).toBe(false);
        const settings = await o.org.reader.get(`${o.base}/reminder-settings`);
        expect(settings.data.emailConfigured).toBe(false);
        expect(await runReminders(o.t.database.db, { config: o.t.config, mailer: null, clock: o.t.clock })).toMatchObject({
          planned: 0,
        });
        expect(smtp.accepted).toEqual([]);
      });
    });

    describe('retries', () => {
      let o: OrganisationApp;
      let today: CalendarDate;
      let editor: { id: string; email: string };
      beforeAll(async () => {
        smtp.reset();
        o = await startOrganisation(dialect, 'r3', smtp);
        today = calendarDateInDenmark(new Date());
        editor = await me(o.org.editor);
      });
      afterAll(async () => {
        await o?.t.close();
      });

      const outboxRow = (recipient: string) =>
        o.t.database.db.selectFrom('mailOutbox').selectAll().where('recipient', '=', recipient).executeTakeFirstOrThrow();

      it('keeps a mail the SMTP server refuses for a later attempt, after the back-off, and then sends it', async () => {
        smtp.failWith(451, 'Postkassen er midlertidigt utilgængelig');
        const activity = await o.org.editor.post(`${o.base}/activities`, {
          contractId: o.org.contractId,
          type: 'renegotiation',
          title: 'Genforhandling',
          anchorOn: addDays(today, 3),
          leadDays: [3],
          responsibleUserId: editor.id,
        });
        expect(activity.statusCode, activity.body).toBe(201);

        const t0 = new Date();
        const first = await runAt(o, t0);
        expect(first).toMatchObject({ planned: 1, mailsQueued: 1, mailsSent: 0, mailsFailed: 0 });
        expect(smtp.rejected).toHaveLength(1);
        let row = await outboxRow(editor.email);
        expect(row).toMatchObject({ status: 'pending', attempts: 1, sentAt: null, claimedUntil: null });
        expect(row.lastError).toContain('451');
        expect(row.nextAttemptAt).toBe(new Date(t0.getTime() + retryDelaySeconds(1) * 1000).toISOString());

        // Not before its time.
        smtp.accept();
        expect(await runAt(o, new Date(t0.getTime() + 30_000))).toMatchObject({ mailsSent: 0 });
        expect(smtp.accepted).toHaveLength(0);
        expect(await outboxRow(editor.email)).toMatchObject({ status: 'pending', attempts: 1 });

        const second = await runAt(o, new Date(t0.getTime() + 61_000));
        expect(second).toMatchObject({ planned: 0, mailsSent: 1, mailsFailed: 0 });
        expect(smtp.accepted).toHaveLength(1);
        expect(smtp.accepted[0]?.to).toEqual([editor.email]);
        expect(smtp.accepted[0]?.mailId).toBe(smtp.rejected[0]?.mailId);
        row = await outboxRow(editor.email);
        expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
      });

      it(`marks a mail failed after ${MAX_DELIVERY_ATTEMPTS} refusals, shows it to administrators, and retries it on request`, async () => {
        smtp.reset();
        smtp.failWith(451);
        const address = 'fejl@kommune.test';
        const activity = await o.org.editor.post(`${o.base}/activities`, {
          contractId: o.org.contractId,
          type: 'renegotiation',
          title: 'Genforhandling med fejl',
          anchorOn: addDays(today, 3),
          leadDays: [3],
          extraEmails: [address],
        });
        expect(activity.statusCode, activity.body).toBe(201);

        let at = new Date();
        let last = await runAt(o, at);
        for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
          const row = await outboxRow(address);
          expect(row.attempts).toBe(attempt);
          expect(smtp.rejected).toHaveLength(attempt);
          if (attempt < MAX_DELIVERY_ATTEMPTS) {
            expect(row.status).toBe('pending');
            expect(last.mailsFailed).toBe(0);
            expect(row.nextAttemptAt).toBe(new Date(at.getTime() + retryDelaySeconds(attempt) * 1000).toISOString());
            // A run just before the next attempt is due leaves it alone.
            expect(await runAt(o, new Date(Date.parse(row.nextAttemptAt) - 1000))).toMatchObject({ mailsSent: 0 });
            expect(smtp.rejected).toHaveLength(attempt);
            at = new Date(Date.parse(row.nextAttemptAt) + 1000);
            last = await runAt(o, at);
          } else {
            expect(row.status).toBe('failed');
            expect(last.mailsFailed).toBe(1);
          }
        }
        // Failed stays failed.
        expect(await runAt(o, new Date(at.getTime() + 86_400_000))).toMatchObject({ mailsSent: 0, mailsFailed: 0 });
        expect(smtp.rejected).toHaveLength(MAX_DELIVERY_ATTEMPTS);

        const failed = await o.org.admin.get(`${o.base}/mail-deliveries?status=failed`);
        expect(failed.statusCode).toBe(200);
        expect(failed.data.total).toBe(1);
        expect(failed.data.items[0]).toMatchObject({
          recipient: address,
          status: 'failed',
          attempts: MAX_DELIVERY_ATTEMPTS,
          sentAt: null,
        });
        expect(failed.data.items[0].lastError).toContain('451');
        expect(failed.data.items[0].subject).toContain('Genforhandling med fejl');
        expect((await o.org.reader.get(`${o.base}/mail-deliveries?status=failed`)).statusCode).toBe(403);
        expect((await o.org.editor.get(`${o.base}/mail-deliveries`)).statusCode).toBe(403);
        const mailId: string = failed.data.items[0].id;
        expect((await o.org.reader.post(`${o.base}/mail-deliveries/${mailId}/retry`)).statusCode).toBe(403);

        const retried = await o.org.admin.post(`${o.base}/mail-deliveries/${mailId}/retry`);
        expect(retried.statusCode, retried.body).toBe(200);
        expect(retried.data).toMatchObject({ id: mailId, status: 'pending', attempts: 0 });
        smtp.accept();
        expect(await runAt(o)).toMatchObject({ mailsSent: 1 });
        expect(smtp.accepted.map((m) => m.mailId)).toEqual([mailId]);
        const sent = await o.org.admin.get(`${o.base}/mail-deliveries?status=sent`);
        expect(sent.data.items.map((m: { id: string }) => m.id)).toContain(mailId);
        expect((await o.org.admin.get(`${o.base}/mail-deliveries?status=failed`)).data.total).toBe(0);
      });
    });

    describe('late reminders', () => {
      let o: OrganisationApp;
      beforeAll(async () => {
        smtp.reset();
        o = await startOrganisation(dialect, 'r4', smtp);
      });
      afterAll(async () => {
        await o?.t.close();
      });

      it('sends a reminder whose day passed while no run happened on the next run, marked late', async () => {
        const today = calendarDateInDenmark(new Date());
        const editor = await me(o.org.editor);
        const due = addDays(today, 10);
        const activity = await o.org.editor.post(`${o.base}/activities`, {
          contractId: o.org.contractId,
          type: 'renegotiation',
          title: 'Genforhandling af drift',
          anchorOn: due,
          leadDays: [7, 3],
          responsibleUserId: editor.id,
          extraEmails: ['sen@kommune.test'],
        });
        expect(activity.statusCode, activity.body).toBe(201);

        // Today nothing is due yet (the 7-day reminder is for today + 3).
        expect(await runAt(o)).toMatchObject({ planned: 0, mailsSent: 0 });
        // The server is down from today + 1 to today + 7 and misses both send days (today + 3 and today + 7).
        const back = danishTime(addDays(today, 8), 10);
        const result = await runAt(o, back);
        expect(result).toEqual({ planned: 2, late: 2, notifications: 1, mailsQueued: 2, mailsSent: 2, mailsFailed: 0 });

        expect(recipientsOf(smtp.accepted)).toEqual([editor.email, 'sen@kommune.test'].sort());
        for (const mail of smtp.accepted) {
          expect(mail.subject).toBe(
            `[Forsinket] Påmindelse: Genforhandling: Genforhandling af drift ${formatDanishDate(due)} – Kontrakt r4 (KTR-r4)`,
          );
          expect(mail.text).toContain('Fristen er om 2 dage.');
          expect(mail.text).toContain(
            `Påmindelsen kommer for sent: den skulle være sendt ${formatDanishDate(addDays(due, -3))}, men Overblik kørte ikke den dag.`,
          );
        }
        const outbox = await o.t.database.db.selectFrom('mailOutbox').selectAll().execute();
        expect(outbox.map((m) => [m.status, m.late])).toEqual([
          ['sent', 1],
          ['sent', 1],
        ]);
        const plan = await o.t.database.db.selectFrom('reminders').selectAll().orderBy('leadDays').execute();
        expect(plan.map((r) => [r.leadDays, r.late, r.superseded])).toEqual([
          [3, 1, 0],
          [3, 1, 0],
          [7, 1, 1],
          [7, 1, 1],
        ]);
        const list = await o.org.editor.get(`${o.base}/notifications`);
        expect(list.data.items).toHaveLength(1);
        expect(list.data.items[0]).toMatchObject({ late: true, dueOn: due });

        expect(await runAt(o, back)).toMatchObject({ planned: 0, mailsSent: 0 });
        expect(smtp.accepted).toHaveLength(2);
      });

      it('does not call a reminder late when it fell due because the date or the lead times changed', async () => {
        smtp.reset();
        const today = calendarDateInDenmark(new Date());
        const editor = await me(o.org.editor);
        const db = o.t.database.db;
        // Two activities that have existed for three weeks, with every run on time.
        const weeksAgo = new Date(Date.now() - 21 * 86_400_000).toISOString();
        const moved = await o.org.editor.post(`${o.base}/activities`, {
          contractId: o.org.contractId,
          type: 'renegotiation',
          title: 'Fremrykket frist',
          anchorOn: addDays(today, 60),
          leadDays: [7, 3],
          responsibleUserId: editor.id,
        });
        const relead = await o.org.editor.post(`${o.base}/activities`, {
          contractId: o.org.contractId,
          type: 'control_report',
          title: 'Ny varsling',
          anchorOn: addDays(today, 20),
          responsibleUserId: editor.id,
        });
        await o.org.admin.put(`${o.base}/reminder-settings/control_report`, { leadDays: [7], roles: [], extraEmails: [] });
        await db
          .updateTable('activities')
          .set({ createdAt: weeksAgo })
          .where('id', 'in', [moved.data.id, relead.data.id])
          .execute();
        expect(await runAt(o)).toMatchObject({ planned: 0, mailsSent: 0 });

        // Today the deadline is moved to the day after tomorrow, and a 30-day lead time is added: reminders
        // whose send day has passed fall due at once. Overblik ran on those days, so they are not late.
        const patched = await o.org.editor.patch(`${o.base}/activities/${moved.data.id}`, { anchorOn: addDays(today, 2) });
        expect(patched.statusCode, patched.body).toBe(200);
        const setting = await o.org.admin.put(`${o.base}/reminder-settings/control_report`, {
          leadDays: [30, 7],
          roles: [],
          extraEmails: [],
        });
        expect(setting.statusCode, setting.body).toBe(200);
        const result = await runAt(o);
        expect(result).toMatchObject({ planned: 2, late: 0, mailsSent: 2 });
        expect(smtp.accepted.map((m) => m.subject).sort()).toEqual([
          `Påmindelse: Genforhandling: Fremrykket frist ${formatDanishDate(addDays(today, 2))} – Kontrakt r4 (KTR-r4)`,
          `Påmindelse: Kontrolrapport og dokumentation: Ny varsling ${formatDanishDate(addDays(today, 20))} – Kontrakt r4 (KTR-r4)`,
        ]);
        for (const mail of smtp.accepted) expect(mail.text).not.toContain('for sent');
      });
    });
  });
}
