import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, type CalendarDate, calendarDateInDenmark, formatDanishDate } from '@overblik/core';
import { testDialects } from '@overblik/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  logIn,
  type OrganisationApp,
  organisationFixture,
  startTestApp,
} from '../../apps/server/test/harness.ts';
import { type ReceivedMail, startTestSmtp, type TestSmtp } from '../../apps/server/test/smtp.ts';

/*
 * Reminder runs as separate processes (the built `overblik reminders run`, and a runner without the job lock)
 * against one database and a real SMTP server on 127.0.0.1: a run killed with SIGKILL in the middle of
 * delivery, then run again, and two runs at once, must together send every due mail exactly once.
 * The kills are driven by the SMTP server's count of accepted messages, never by sleeps.
 * Here, not in the unit stage, because it needs the build (scripts/test.mjs builds before this stage).
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const cliBin = path.join(repoRoot, 'apps/cli/bin/overblik.js');
const builtServer = path.join(repoRoot, 'apps/server/dist/index.js');

/** `runReminders` in a process of its own without the job lock (the CLI takes it), as a second instance might. */
const LOCKLESS_RUNNER = `
const { openDatabase } = await import('@overblik/db');
const { systemClock } = await import('@overblik/core');
const { configFromEnv, createMailer, runReminders } = await import('@overblik/server');
const config = configFromEnv();
const handle = openDatabase(config.database);
const mailer = createMailer(config);
try {
  console.log(JSON.stringify(await runReminders(handle.db, { config, mailer, clock: systemClock })));
} finally {
  mailer?.close();
  await handle.close();
}
`;

type RunResult = { planned: number; mailsQueued: number; mailsSent: number; mailsFailed: number };
type Run = {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
  /** The run's JSON result line, or null (killed, or it found the job lock taken). */
  result: () => RunResult | null;
};

type Expected = { activityId: string; recipient: string; subject: string };

const DUE_IN_DAYS = 3;

for (const dialect of testDialects()) {
  describe(`reminder runs in separate processes on ${dialect}`, () => {
    let smtp: TestSmtp;
    let o: OrganisationApp;
    let people: Array<{ id: string; email: string }>;
    let today: CalendarDate;

    beforeAll(async () => {
      for (const file of [cliBin, builtServer]) {
        if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
      }
      smtp = await startTestSmtp();
      const t = await startTestApp(dialect);
      const sysadmin = await logIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
      const org = await organisationFixture(t.app, sysadmin, '751', 'e2e');
      o = { t, sysadmin, org, base: `/api/v1/organisations/${org.organisationId}` };
      people = [];
      for (const client of [org.admin, org.editor, org.reader]) people.push((await client.get('/api/v1/me')).data.user);
      today = calendarDateInDenmark(new Date());
      // Only the responsible person and the activity's own addresses; 7 and 3 days ahead (the 7 is superseded).
      const setting = await org.admin.put(`${o.base}/reminder-settings/renegotiation`, {
        leadDays: [7, 3],
        roles: [],
        extraEmails: [],
      });
      expect(setting.statusCode, setting.body).toBe(200);
    });
    const children = new Set<ChildProcess>();
    afterAll(async () => {
      // A failed test may leave a run behind; it must not outlive the database.
      for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await o?.t.close();
      await smtp?.close();
    });

    function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
      const connection = o.t.database.connection;
      return {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'test',
        OVERBLIK_PUBLIC_URL: 'http://overblik.test',
        OVERBLIK_SMTP_URL: smtp.url,
        OVERBLIK_MAIL_FROM: 'Overblik <overblik@kommune.test>',
        OVERBLIK_MAIL_CLAIM_SECONDS: '1',
        ...(connection.dialect === 'sqlite'
          ? { OVERBLIK_DATA_DIR: path.dirname(connection.file) }
          : { DATABASE_URL: connection.url }),
        ...extra,
      };
    }

    function startRun(kind: 'cli' | 'lockless', extraEnv: Record<string, string> = {}): Run {
      const args = kind === 'cli' ? [cliBin, 'reminders', 'run'] : ['--input-type=module', '-e', LOCKLESS_RUNNER];
      const child = spawn(process.execPath, args, { cwd: repoRoot, env: env(extraEnv), stdio: ['ignore', 'pipe', 'pipe'] });
      children.add(child);
      let stdout = '';
      let stderr = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.once('exit', (code, signal) => resolve({ code, signal })),
      );
      return {
        child,
        exited,
        output: () => `--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`,
        result: () => {
          const line = stdout.split('\n').find((l) => l.startsWith('{'));
          return line ? (JSON.parse(line) as RunResult) : null;
        },
      };
    }

    /** 30 activities due in 3 days, each for its responsible person and, for 2 of 3, an extra address: 50 mails. */
    async function createBatch(label: string): Promise<Expected[]> {
      const due = addDays(today, DUE_IN_DAYS);
      const expected: Expected[] = [];
      for (let i = 0; i < 30; i++) {
        const person = people[i % people.length] as { id: string; email: string };
        const extra = i % 3 === 0 ? [] : [`${label.toLowerCase()}-${i}@ekstern.test`];
        const title = `${label} nr. ${i}`;
        const created = await o.org.editor.post(`${o.base}/activities`, {
          contractId: o.org.contractId,
          type: 'renegotiation',
          title,
          anchorOn: due,
          responsibleUserId: person.id,
          extraEmails: extra,
        });
        expect(created.statusCode, created.body).toBe(201);
        const subject = `Påmindelse: Genforhandling: ${title} ${formatDanishDate(due)} – Kontrakt e2e (KTR-e2e)`;
        for (const recipient of [person.email, ...extra]) expected.push({ activityId: created.data.id, recipient, subject });
      }
      expect(expected).toHaveLength(50);
      return expected;
    }

    const key = (recipient: string, subject: string) => `${recipient} | ${subject}`;

    /** Every expected (activity, recipient) got exactly one accepted mail; the database agrees. */
    async function expectExactlyOnce(expected: readonly Expected[]): Promise<ReceivedMail[]> {
      const subjects = new Set(expected.map((e) => e.subject));
      const mails = smtp.accepted.filter((m) => subjects.has(m.subject));
      for (const mail of mails) expect(mail.to).toHaveLength(1);
      // By recipient and subject: none missing, none twice.
      expect(mails.map((m) => key(m.to[0] ?? '', m.subject)).sort()).toEqual(
        expected.map((e) => key(e.recipient, e.subject)).sort(),
      );
      // By the outbox id each mail carries (X-Overblik-Mail-Id and Message-ID).
      expect(new Set(mails.map((m) => m.mailId)).size).toBe(expected.length);
      expect(new Set(mails.map((m) => m.messageId)).size).toBe(expected.length);
      for (const mail of mails) expect(mail.messageId).toBe(`<${mail.mailId}@overblik.invalid>`);

      const db = o.t.database.db;
      const activityIds = [...new Set(expected.map((e) => e.activityId))];
      const plan = await db.selectFrom('reminders').selectAll().where('activityId', 'in', activityIds).execute();
      // One row per (activity, occurrence, lead, recipient): the 3-day one sent, the 7-day one superseded.
      expect(plan).toHaveLength(expected.length * 2);
      expect(new Set(plan.map((r) => `${r.activityId} ${r.occurrenceOn} ${r.leadDays} ${r.recipientKey}`)).size).toBe(
        plan.length,
      );
      const sentLeads = plan.filter((r) => r.superseded === 0);
      expect(sentLeads).toHaveLength(expected.length);
      expect(sentLeads.every((r) => r.leadDays === 3 && r.delivery === 'single' && r.mailId !== null)).toBe(true);
      expect(plan.filter((r) => r.superseded === 1).every((r) => r.leadDays === 7 && r.mailId === null)).toBe(true);
      const outbox = await db
        .selectFrom('mailOutbox')
        .selectAll()
        .where(
          'id',
          'in',
          sentLeads.map((r) => r.mailId as string),
        )
        .execute();
      expect(outbox).toHaveLength(expected.length);
      expect(outbox.filter((m) => m.status !== 'sent')).toEqual([]);
      expect(new Set(outbox.map((m) => m.id))).toEqual(new Set(mails.map((m) => m.mailId)));
      const notifications = await db
        .selectFrom('notifications')
        .select('reminderId')
        .where('activityId', 'in', activityIds)
        .execute();
      expect(notifications).toHaveLength(30); // one per activity, for its responsible person
      return mails;
    }

    /**
     * Holds each sender's first message until another sender (told apart by its EHLO name) also has a message
     * in flight, or 15 s pass: 'overlapped' proves that two runs were delivering at the same moment.
     */
    function holdUntilBothDeliver(): () => 'waiting' | 'overlapped' | 'timed out' {
      const held = new Map<string, () => void>();
      let state: 'waiting' | 'overlapped' | 'timed out' = 'waiting';
      smtp.onMessage = async (mail) => {
        if (state !== 'waiting') return undefined;
        if ([...held.keys()].some((client) => client !== mail.client)) {
          state = 'overlapped';
          for (const release of held.values()) release();
          return undefined;
        }
        await new Promise<void>((resolve) => {
          held.set(mail.client, resolve);
          setTimeout(() => {
            if (state === 'waiting') state = 'timed out';
            resolve();
          }, 15_000);
        });
        return undefined;
      };
      return () => state;
    }

    it('a run killed in the middle of delivery loses and doubles nothing when run again', async () => {
      smtp.reset();
      smtp.delay(50, 150);
      const expected = await createBatch('Nedbrud');
      const db = o.t.database.db;
      const interrupted: ReceivedMail[] = [];

      for (const killAfter of [10, 30]) {
        const run = startRun('cli');
        // The next message after `killAfter` accepted ones: kill the sender while it waits for the answer.
        smtp.onMessage = async (mail) => {
          if (smtp.accepted.length < killAfter) return undefined;
          interrupted.push(mail);
          run.child.kill('SIGKILL');
          await run.exited;
          return { accept: false, code: 421, message: 'Forbindelsen blev afbrudt' };
        };
        const exit = await run.exited;
        expect(exit.signal, run.output()).toBe('SIGKILL');
        expect(smtp.accepted).toHaveLength(killAfter);
        const outbox = await db.selectFrom('mailOutbox').select(['id', 'status', 'claimedUntil']).execute();
        expect(outbox).toHaveLength(50);
        expect(outbox.filter((m) => m.status === 'sent')).toHaveLength(killAfter);
        // The mail being handed over when the process died is still claimed by it (and only interrupted
        // mails are: an earlier one may not have been reached again yet).
        const claimed = outbox.filter((m) => m.status === 'sending');
        expect(claimed.map((m) => m.id)).toContain(interrupted.at(-1)?.mailId);
        for (const m of claimed) expect(interrupted.map((i) => i.mailId)).toContain(m.id);
        // Wait out the claims (OVERBLIK_MAIL_CLAIM_SECONDS=1), so the next run takes them over.
        const until = Math.max(...claimed.map((m) => Date.parse(m.claimedUntil ?? '')));
        await new Promise((r) => setTimeout(r, Math.max(0, until - Date.now()) + 100));
      }

      smtp.onMessage = null;
      const last = startRun('cli');
      const exit = await last.exited;
      expect(exit.code, last.output()).toBe(0);
      expect(last.result()).toMatchObject({ planned: 0, mailsSent: 20, mailsFailed: 0 });

      const mails = await expectExactlyOnce(expected);
      // The interrupted mails went out once afterwards, as the same message (same Message-ID).
      for (const cut of interrupted) {
        const delivered = mails.filter((m) => m.mailId === cut.mailId);
        expect(delivered).toHaveLength(1);
        expect(delivered[0]?.messageId).toBe(cut.messageId);
        expect(delivered[0]?.to).toEqual(cut.to);
      }
      const attempts = await db
        .selectFrom('mailOutbox')
        .select(['id', 'attempts'])
        .where(
          'id',
          'in',
          interrupted.map((m) => m.mailId),
        )
        .execute();
      expect(attempts.map((a) => a.attempts)).toEqual([2, 2]);
    });

    it('two `overblik reminders run` started at once send each mail once', async () => {
      smtp.reset();
      smtp.delay(20, 50);
      const expected = await createBatch('Samtidig');
      const runs = [
        startRun('cli', { OVERBLIK_SMTP_URL: `${smtp.url}/?name=run-a`, OVERBLIK_MAIL_CLAIM_SECONDS: '60' }),
        startRun('cli', { OVERBLIK_SMTP_URL: `${smtp.url}/?name=run-b`, OVERBLIK_MAIL_CLAIM_SECONDS: '60' }),
      ];
      const exits = await Promise.all(runs.map((r) => r.exited));
      for (const [i, exit] of exits.entries()) expect(exit.code, runs[i]?.output()).toBe(0);
      const results = runs.map((r) => r.result());
      const sent = results.reduce((n, r) => n + (r?.mailsSent ?? 0), 0);
      expect(sent).toBe(50);
      expect(results.reduce((n, r) => n + (r?.planned ?? 0), 0)).toBe(50);
      // The job lock (an advisory lock on PostgreSQL, a lock file next to the database on SQLite) lets one of
      // them do the work: the other finds the lock taken, or (had they not overlapped) nothing left to do.
      expect(results.some((r) => r === null || r.mailsSent === 0)).toBe(true);
      await expectExactlyOnce(expected);
    });

    it('two runners without the job lock, delivering at the same moment, send each mail once', async () => {
      smtp.reset();
      smtp.delay(20, 50);
      const expected = await createBatch('Laasfri');
      const barrier = holdUntilBothDeliver();
      const runs = [
        startRun('lockless', { OVERBLIK_SMTP_URL: `${smtp.url}/?name=runner-a`, OVERBLIK_MAIL_CLAIM_SECONDS: '60' }),
        startRun('lockless', { OVERBLIK_SMTP_URL: `${smtp.url}/?name=runner-b`, OVERBLIK_MAIL_CLAIM_SECONDS: '60' }),
      ];
      const exits = await Promise.all(runs.map((r) => r.exited));
      for (const [i, exit] of exits.entries()) expect(exit.code, runs[i]?.output()).toBe(0);
      expect(barrier()).toBe('overlapped');
      const results = runs.map((r) => r.result());
      expect(results.every((r) => r !== null && r.mailsSent > 0)).toBe(true);
      expect(results.reduce((n, r) => n + (r?.mailsSent ?? 0), 0)).toBe(50);
      expect(results.reduce((n, r) => n + (r?.planned ?? 0), 0)).toBe(50);
      const mails = await expectExactlyOnce(expected);
      expect(new Set(mails.map((m) => m.client))).toEqual(new Set(['runner-a', 'runner-b']));
    });
  });
}
