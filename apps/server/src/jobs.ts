import { TIME_ZONE } from '@overblik/core';
import { type Db, type DialectName, withJobLock } from '@overblik/db';
import { Cron } from 'croner';
import type { ServerConfig } from './config.js';
import { today } from './time.js';
import { recomputeDeadlines } from './usecases/contracts/recompute-deadlines.js';
import { recheckAllOrganisations } from './usecases/invoices/decide-invoice.js';
import { processInvoiceInbox } from './usecases/invoices/invoice-inbox.js';
import { createMailer } from './usecases/reminders/mailer.js';
import { runReminders } from './usecases/reminders/run-reminders.js';

type Log = { info(obj: object, msg: string): void; error(obj: object, msg: string): void };

/**
 * The scheduled work, every 15 minutes in Danish time (croner): bring deadlines and derived activities up
 * to today, check open invoices again where the register changed, then run reminders; and every minute,
 * when OVERBLIK_INVOICE_INBOX is set, receive the invoices in that folder. On PostgreSQL only the instance holding an advisory lock runs it, so several
 * instances share one database without doing the work twice; correctness does not rest on the lock (the
 * reminder plan's unique keys and the mail claims make a second runner harmless), it saves the work.
 */
export function startJobs(
  db: Db,
  dialect: DialectName,
  config: ServerConfig,
  log: Log,
): { stop(): Promise<void>; runNow(): Promise<void> } {
  const jobs = oneAtATime(
    () =>
      withJobLock(db, dialect, async () => {
        const day = today();
        const contracts = await recomputeDeadlines(db, day);
        if (contracts > 0) log.info({ contracts, day }, 'deadlines recomputed');
        const invoices = await recheckAllOrganisations(db, config);
        if (invoices.changed > 0) log.info(invoices, 'open invoices checked again');
        const mailer = createMailer(config);
        try {
          const result = await runReminders(db, { config, mailer });
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
          withJobLock(db, dialect, async () => {
            const report = await processInvoiceInbox(db, config, inbox);
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
