import { sql } from 'kysely';
import type { Db, DialectName } from './connect.js';

/** An arbitrary, fixed key for PostgreSQL's advisory lock held by the instance running the scheduled jobs. */
const JOB_LOCK_KEY = 7_302_415_001;

/**
 * Runs `work` if this instance gets the job lock: on PostgreSQL a session advisory lock on one pooled
 * connection (released when the work ends, or by the server when the process dies); SQLite is used by one
 * process, which runs the work. Returns false when another instance holds the lock.
 */
export async function withJobLock(db: Db, dialect: DialectName, work: () => Promise<void>): Promise<boolean> {
  if (dialect !== 'postgres') {
    await work();
    return true;
  }
  return db.connection().execute(async (conn) => {
    const got = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${JOB_LOCK_KEY}) as locked`.execute(conn);
    if (!got.rows[0]?.locked) return false;
    try {
      await work();
      return true;
    } finally {
      await sql`select pg_advisory_unlock(${JOB_LOCK_KEY})`.execute(conn);
    }
  });
}
