import type { Selectable } from 'kysely';
import type { SessionTable } from '../schema.js';
import type { Executor } from '../tenant.js';

export type Session = Selectable<SessionTable>;

export async function insertSession(db: Executor, session: Session): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

export async function findLiveSession(db: Executor, idHash: string, now: string): Promise<Session | undefined> {
  return db.selectFrom('sessions').selectAll().where('id', '=', idHash).where('expiresAt', '>', now).executeTakeFirst();
}

export async function touchSession(db: Executor, idHash: string, lastSeenAt: string, expiresAt: string): Promise<void> {
  await db.updateTable('sessions').set({ lastSeenAt, expiresAt }).where('id', '=', idHash).execute();
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', idHash).execute();
}

/** Ends a person's sessions, all of them or all but one (after a password change). */
export async function deleteSessionsOfUser(db: Executor, userId: string, exceptIdHash?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('userId', '=', userId);
  if (exceptIdHash) query = query.where('id', '!=', exceptIdHash);
  await query.execute();
}
