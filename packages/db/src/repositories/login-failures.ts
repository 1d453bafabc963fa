import type { Executor } from '../tenant.js';

export async function recordLoginFailure(db: Executor, email: string, at: string): Promise<void> {
  await db.insertInto('loginFailures').values({ email, occurredAt: at }).execute();
}

export async function countLoginFailuresSince(db: Executor, email: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('loginFailures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('email', '=', email)
    .where('occurredAt', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function clearLoginFailures(db: Executor, email: string): Promise<void> {
  await db.deleteFrom('loginFailures').where('email', '=', email).execute();
}
