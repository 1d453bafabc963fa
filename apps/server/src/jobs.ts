import { type Clock, TIME_ZONE } from '@overblik/core';
import { type DatabaseHandle, JOBS, type Job, withJobLock } from '@overblik/db';
import { Cron } from 'croner';
import type { ServerConfig } from './config.js';
import { recomputeDeadlines } from './usecases/contracts/recompute-deadlines.js';
import { recheckAllOrganisations } from './usecases/invoices/decide-invoice.js';
import { processInvoiceInbox } from './usecases/invoices/invoice-inbox.js';
import { createMailer } from './usecases/reminders/mailer.js';
import { runReminders } from './usecases/reminders/run-reminders.js';

type Log = { info(obj: object, msg: string): void; error(obj: object, msg: string): void };

/**
 * The scheduled work, every 15 minutes in Danish time (croner): bring deadlines and derived activities up
 * to today, check open invoices again where the register changed, then run reminders; and every minute,
 * when OVERBLIK_INVOICE_INBOX is set, receive the invoices in that folder. Each of the two jobs has a lock of
 * its own (`JOBS`, `withJobLock`): of several instances or processes on one database, only the one holding a
 * job's lock runs it, and the others log that they skipped the run. Correctness does not rest on the lock (the
 * reminder plan's unique keys and the mail claims make a second runner harmless), it saves the work.
 */
export function startJobs(
  handle: DatabaseHandle,
  config: ServerConfig,
  clock: Clock,
  log: Log,
): { stop(): Promise<void>; runNow(): Promise<void> } {
  const { db } = handle;
  const deps = { db, config, clock };
  const jobs = oneAtATime(
    () =>
      runLocked(handle, JOBS.reminders, log, async () => {
        const contracts = await recomputeDeadlines(db, clock);
        if (contracts > 0) log.info({ contracts, day: clock.today() }, 'deadlines recomputed');
        const invoices = await recheckAllOrganisations(deps);
        if (invoices.changed > 0) log.info(invoices, 'open invoices checked again');
        const mailer = createMailer(config);
        try {
          const result = await runReminders(db, { config, mailer, clock });
          if (result.planned + result.mailsSent + result.mailsFailed > 0) log.info(result, 'reminders run');
        } finally {
          mailer?.close();
        }
      }),
    (err) => log.error({ err }, 'scheduled jobs failed'),
  );
  const cron = new Cron('*/15 * * * *', { timezone: TIME_ZONE }, () => void jobs.run());
  const inbox = config.invoiceInbox;
  const folder = inbox
    ? oneAtATime(
        () =>
          runLocked(handle, JOBS.invoiceInbox, log, async () => {
            const report = await processInvoiceInbox(deps, inbox);
            if (report.results.length > 0) log.info({ ...report, results: undefined }, 'invoice folder read');
          }),
        (err) => log.error({ err }, 'invoice folder failed'),
      )
    : null;
  const inboxCron = folder ? new Cron('* * * * *', { timezone: TIME_ZONE }, () => void folder.run()) : null;
  void jobs.run();
  return {
    stop: async () => {
      cron.stop();
      inboxCron?.stop();
      await Promise.all([jobs.running(), folder?.running()]);
    },
    runNow: jobs.run,
  };
}

/** Runs `job` under its lock (`withJobLock`); a run skipped because another process holds the lock is logged. */
export async function runLocked(
  handle: Pick<DatabaseHandle, 'db' | 'dialect' | 'location'>,
  job: Job,
  log: Pick<Log, 'info'>,
  work: () => Promise<void>,
): Promise<boolean> {
  const ran = await withJobLock(handle, job, work);
  if (!ran) log.info({ job: job.name }, 'scheduled job skipped: another process holds its lock');
  return ran;
}

/** A job that never runs twice at once: starting it while it runs joins the run in progress. Failures are logged. */
function oneAtATime(work: () => Promise<unknown>, onError: (err: unknown) => void) {
  let current: Promise<void> | null = null;
  return {
    run: (): Promise<void> => {
      current ??= work()
        .then(() => undefined, onError)
        .finally(() => {
          current = null;
        });
      return current;
    },
    running: () => current,
  };
}
