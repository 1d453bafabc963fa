import { type DatabaseHandle, JOBS, openDatabase } from '@overblik/db';
import { createTestDatabase, type TestDatabase, testDialects } from '@overblik/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLocked } from '../src/jobs.js';

/** What an instance logged at info level. */
function recordingLog() {
  const lines: Array<{ obj: object; msg: string }> = [];
  return { lines, info: (obj: object, msg: string) => void lines.push({ obj, msg }) };
}

for (const dialect of testDialects()) {
  describe(`scheduled jobs in two instances on ${dialect}`, () => {
    let t: TestDatabase;
    let second: DatabaseHandle;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      second = openDatabase(t.connection);
    });
    afterAll(async () => {
      await second?.close();
      await t?.drop();
    });

    it('runs the reminder job and the invoice folder at the same time, neither skipping', async () => {
      const log = recordingLog();
      let release = () => {};
      const reminders = runLocked(t, JOBS.reminders, log, () => new Promise<void>((resolve) => (release = resolve)));
      let inboxRuns = 0;
      expect(await runLocked(second, JOBS.invoiceInbox, log, async () => void inboxRuns++)).toBe(true);
      expect(await runLocked(t, JOBS.invoiceInbox, log, async () => void inboxRuns++)).toBe(true);
      expect(inboxRuns).toBe(2);
      release();
      expect(await reminders).toBe(true);
      expect(log.lines).toEqual([]);
    });

    it('runs one job once when two instances start it together; the other logs the skip with the job name', async () => {
      const first = recordingLog();
      const other = recordingLog();
      let runs = 0;
      let release = () => {};
      const running = runLocked(t, JOBS.invoiceInbox, first, async () => {
        runs++;
        await new Promise<void>((resolve) => (release = resolve));
      });
      await expect.poll(() => runs).toBe(1);
      expect(await runLocked(second, JOBS.invoiceInbox, other, async () => void runs++)).toBe(false);
      release();
      expect(await running).toBe(true);
      expect(runs).toBe(1);
      expect(first.lines).toEqual([]);
      expect(other.lines).toEqual([
        { obj: { job: 'invoice-inbox' }, msg: 'scheduled job skipped: another process holds its lock' },
      ]);
    });
  });
}
