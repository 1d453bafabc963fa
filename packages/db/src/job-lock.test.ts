import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from './connect.js';
import { JOBS, jobLockFile, withJobLock } from './job-lock.js';
import { createTestDatabase, type TestDatabase, testDialects } from './testing.js';

/** A promise and the function that settles it, to hold a job's work open while the test looks at the lock. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

for (const dialect of testDialects()) {
  describe(`job locks on ${dialect}`, () => {
    let t: TestDatabase;
    /** A second instance: its own handle (its own connections) on the same database. */
    let other: DatabaseHandle;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      other = openDatabase(t.connection);
    });
    afterAll(async () => {
      await other?.close();
      await t?.drop();
    });

    it('declares one key and one name per job', () => {
      const jobs = Object.values(JOBS);
      expect(new Set(jobs.map((j) => j.key)).size).toBe(jobs.length);
      expect(new Set(jobs.map((j) => j.name)).size).toBe(jobs.length);
    });

    it('runs two different jobs at the same time', async () => {
      const held = gate();
      let inboxRan = false;
      const reminders = withJobLock(t, JOBS.reminders, () => held.opened);
      // While the reminder job holds its lock, the inbox job runs, in this instance and in another.
      expect(
        await withJobLock(t, JOBS.invoiceInbox, async () => {
          inboxRan = true;
        }),
      ).toBe(true);
      expect(inboxRan).toBe(true);
      expect(await withJobLock(other, JOBS.invoiceInbox, async () => {})).toBe(true);
      held.open();
      expect(await reminders).toBe(true);
    });

    it('runs the same job in one instance at a time; the other skips it, and the lock is free afterwards', async () => {
      const held = gate();
      let runs = 0;
      const first = withJobLock(t, JOBS.reminders, async () => {
        runs++;
        await held.opened;
      });
      await expect.poll(() => runs).toBe(1);
      expect(await withJobLock(other, JOBS.reminders, async () => void runs++)).toBe(false);
      expect(runs).toBe(1);
      held.open();
      expect(await first).toBe(true);
      expect(await withJobLock(other, JOBS.reminders, async () => void runs++)).toBe(true);
      expect(runs).toBe(2);
    });

    it('releases the lock when the work fails', async () => {
      await expect(
        withJobLock(t, JOBS.reminders, async () => {
          throw new Error('failed');
        }),
      ).rejects.toThrow('failed');
      expect(await withJobLock(other, JOBS.reminders, async () => {})).toBe(true);
    });

    if (dialect === 'sqlite') {
      it('keeps the lock in a file next to the database, which a killed holder does not keep locked', async () => {
        if (t.connection.dialect !== 'sqlite') throw new Error('sqlite expected');
        const file = jobLockFile(t.connection.file, JOBS.reminders);
        expect(file).toBe(`${t.connection.file}.reminders.lock`);
        expect(existsSync(file)).toBe(true);
        // Another process takes the lock as withJobLock does (BEGIN EXCLUSIVE) and is then killed.
        const betterSqlite3 = createRequire(import.meta.url).resolve('better-sqlite3');
        const holder = spawn(
          process.execPath,
          [
            '-e',
            `const S = require(${JSON.stringify(betterSqlite3)}); const l = new S(${JSON.stringify(file)}, { timeout: 0 });
             l.exec('BEGIN EXCLUSIVE'); console.log('held'); setInterval(() => {}, 1000);`,
          ],
          { stdio: ['ignore', 'pipe', 'inherit'] },
        );
        const exited = new Promise((resolve) => holder.once('exit', resolve));
        await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
        expect(await withJobLock(t, JOBS.reminders, async () => {})).toBe(false);
        holder.kill('SIGKILL');
        await exited;
        expect(await withJobLock(t, JOBS.reminders, async () => {})).toBe(true);
      });
    }
  });
}

describe('job locks on an in-memory SQLite database', () => {
  it('runs the work: no other process can open the database', async () => {
    const memory = openDatabase({ dialect: 'sqlite', file: ':memory:' });
    try {
      let ran = false;
      expect(
        await withJobLock(memory, JOBS.reminders, async () => {
          ran = true;
        }),
      ).toBe(true);
      expect(ran).toBe(true);
    } finally {
      await memory.close();
    }
  });
});
