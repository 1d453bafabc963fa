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
  let running: Promise<void> | null = null;
  const runOnce = async () => {
    await withJobLock(db, dialect, async () => {
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
    });
  };
  const tick = () => {
    running ??= runOnce()
      .catch((err) => log.error({ err }, 'scheduled jobs failed'))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const cron = new Cron('*/15 * * * *', { timezone: TIME_ZONE }, () => void tick());
  const inbox = config.invoiceInbox;
  let reading: Promise<void> | null = null;
  const readInbox = () => {
    if (!inbox) return Promise.resolve();
    reading ??= withJobLock(db, dialect, async () => {
      const report = await processInvoiceInbox(db, config, inbox);
      if (report.results.length > 0) log.info({ ...report, results: undefined }, 'invoice folder read');
    })
      .then(() => undefined)
      .catch((err) => log.error({ err }, 'invoice folder failed'))
      .finally(() => {
        reading = null;
      });
    return reading;
  };
  const inboxCron = inbox ? new Cron('* * * * *', { timezone: TIME_ZONE }, () => void readInbox()) : null;
  void tick();
  return {
    stop: async () => {
      cron.stop();
      inboxCron?.stop();
      await Promise.all([running, reading]);
    },
    runNow: tick,
  };
}
