import type { Executor } from '../tenant.js';

/** Counts a request for a password reset link (the address typed, known or not, and where it came from). */
export async function recordPasswordResetRequest(db: Executor, email: string, source: string, at: string): Promise<void> {
  await db.insertInto('passwordResetRequests').values({ email, source, requestedAt: at }).execute();
}

/** The reset requests after `since` for `email` and from `source` (for `passwordResetVerdict` in core). */
export async function passwordResetRequestsSince(
  db: Executor,
  email: string,
  source: string,
  since: string,
): Promise<{ forAddress: number; fromSource: number; oldestForAddress: string | null; oldestFromSource: string | null }> {
  const row = await db
    .selectFrom('passwordResetRequests')
    .select((eb) => [
      eb.fn.count<number>(eb.case().when('email', '=', email).then(1).end()).as('forAddress'),
      eb.fn.count<number>(eb.case().when('source', '=', source).then(1).end()).as('fromSource'),
      eb.fn.min(eb.case().when('email', '=', email).then(eb.ref('requestedAt')).end()).as('oldestForAddress'),
      eb.fn.min(eb.case().when('source', '=', source).then(eb.ref('requestedAt')).end()).as('oldestFromSource'),
    ])
    .where((eb) => eb.or([eb('email', '=', email), eb('source', '=', source)]))
    .where('requestedAt', '>', since)
    .executeTakeFirstOrThrow();
  return {
    forAddress: Number(row.forAddress),
    fromSource: Number(row.fromSource),
    oldestForAddress: row.oldestForAddress ?? null,
    oldestFromSource: row.oldestFromSource ?? null,
  };
}
