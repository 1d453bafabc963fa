import type { Executor } from '../tenant.js';

export async function recordLoginFailure(db: Executor, email: string, source: string, at: string): Promise<void> {
  await db.insertInto('loginFailures').values({ email, source, occurredAt: at }).execute();
}

/** An account's failed logins after `since`: all of them, and those from `source` (for `loginVerdict` in core). */
export async function loginFailuresSince(
  db: Executor,
  email: string,
  source: string,
  since: string,
): Promise<{ account: number; fromSource: number; latest: string | null; oldestFromSource: string | null }> {
  const row = await db
    .selectFrom('loginFailures')
    .select((eb) => [
      eb.fn.countAll<number>().as('account'),
      eb.fn.count<number>(eb.case().when('source', '=', source).then(1).end()).as('fromSource'),
      eb.fn.max('occurredAt').as('latest'),
      eb.fn.min(eb.case().when('source', '=', source).then(eb.ref('occurredAt')).end()).as('oldestFromSource'),
    ])
    .where('email', '=', email)
    .where('occurredAt', '>', since)
    .executeTakeFirstOrThrow();
  return {
    account: Number(row.account),
    fromSource: Number(row.fromSource),
    latest: row.latest ?? null,
    oldestFromSource: row.oldestFromSource ?? null,
  };
}

/** After a successful login: forget the failures from that source (the others still count against the account). */
export async function clearLoginFailures(db: Executor, email: string, source: string): Promise<void> {
  await db.deleteFrom('loginFailures').where('email', '=', email).where('source', '=', source).execute();
}
