import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import type { DatabaseHandle } from './connect.js';

/** A scheduled job that runs in one process at a time: its name (in logs and lock files) and its lock key. */
export type Job = { readonly name: string; readonly key: number };

/**
 * The scheduled jobs, each with a lock of its own, so one job never makes another skip its run. The keys
 * (PostgreSQL advisory-lock keys) are arbitrary but fixed: the reminder job keeps the key the one shared
 * lock had, so an older instance and a newer one still exclude each other during a rolling upgrade.
 */
export const JOBS = {
  /** Deadlines, invoice re-checks, reminders and mails: every 15 minutes, and `overblik reminders run`. */
  reminders: { name: 'reminders', key: 7_302_415_001 },
  /** The invoice folder (OVERBLIK_INVOICE_INBOX): every minute, and `overblik invoice inbox`. */
  invoiceInbox: { name: 'invoice-inbox', key: 7_302_415_002 },
} as const satisfies Record<string, Job>;

/** The file next to an SQLite database whose lock is `job`'s lock (docs/operations.md, "Scheduled jobs"). */
export function jobLockFile(databaseFile: string, job: Job): string {
  return `${databaseFile}.${job.name}.lock`;
}

/**
 * Runs `work` if this process gets `job`'s lock, and returns false without running it when another process
 * (or another handle in this one) holds it. The lock is one the database server or the operating system
 * releases when its holder ends, even by a crash, so a dead process never blocks a job:
 * - PostgreSQL: a session advisory lock on `job.key`, on one pooled connection, held while the work runs.
 * - SQLite: an exclusive lock on a small SQLite file next to the database (`jobLockFile`), taken with
 *   `BEGIN EXCLUSIVE` on a connection of its own without waiting, so processes on the same machine (a server,
 *   a cron run of the CLI) take turns. An in-memory database belongs to one connection, which runs the work.
 */
export async function withJobLock(
  handle: Pick<DatabaseHandle, 'db' | 'dialect' | 'location'>,
  job: Job,
  work: () => Promise<void>,
): Promise<boolean> {
  if (handle.dialect === 'postgres') {
    return handle.db.connection().execute(async (conn) => {
      const got = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${job.key}) as locked`.execute(conn);
      if (!got.rows[0]?.locked) return false;
      try {
        await work();
        return true;
      } finally {
        await sql`select pg_advisory_unlock(${job.key})`.execute(conn);
      }
    });
  }
  if (handle.location === ':memory:') {
    await work();
    return true;
  }
  const release = tryFileLock(jobLockFile(handle.location, job));
  if (!release) return false;
  try {
    await work();
    return true;
  } finally {
    release();
  }
}

/** Takes the exclusive lock of an SQLite file without waiting: its release, or null when it is held elsewhere. */
function tryFileLock(file: string): (() => void) | null {
  const lock = new SQLite(file, { timeout: 0 });
  try {
    lock.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return null;
    throw error;
  }
  return () => {
    try {
      lock.exec('ROLLBACK');
    } finally {
      lock.close();
    }
  };
}
