import type { Clock } from '@overblik/core';
import type { Executor } from '@overblik/db';
import { createMailer } from './mailer.js';
import { deliverQueuedMails, type ReminderRunOptions } from './run-reminders.js';

type Log = { error(obj: object, msg: string): void };

/**
 * Delivers the outbox soon after a use case queued a mail that should not wait for the next scheduled run (an
 * invitation): `kick` starts a delivery, or asks for one more after the delivery in progress. It runs beside
 * the scheduled run and other instances safely, since every mail is claimed before it is sent
 * (`run-reminders.ts`). `idle` waits until no delivery is running (when the server closes).
 */
export function mailSoon(
  db: Executor,
  config: ReminderRunOptions['config'],
  clock: Clock,
  log: Log,
): { kick(): void; idle(): Promise<void> } {
  let running: Promise<void> | null = null;
  let again = false;
  const deliver = async () => {
    const mailer = createMailer(config);
    if (!mailer) return;
    try {
      await deliverQueuedMails(db, { config, mailer, clock });
    } finally {
      mailer.close();
    }
  };
  const start = () => {
    running = deliver()
      .catch((err) => log.error({ err }, 'mail delivery failed'))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          start();
        }
      });
  };
  return {
    kick() {
      if (running) again = true;
      else start();
    },
    async idle() {
      while (running) await running;
    },
  };
}
