import type { Selectable } from 'kysely';
import type { SetupTokenTable } from '../schema.js';
import type { Executor } from '../tenant.js';

export type SetupToken = Selectable<SetupTokenTable>;

export async function insertSetupToken(db: Executor, token: SetupToken): Promise<void> {
  await db.insertInto('setupTokens').values(token).execute();
}

export async function findUsableSetupToken(db: Executor, tokenHash: string, now: string): Promise<SetupToken | undefined> {
  return db
    .selectFrom('setupTokens')
    .selectAll()
    .where('tokenHash', '=', tokenHash)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now)
    .executeTakeFirst();
}

/** Marks a token used; returns false when another request used it first. */
export async function markSetupTokenUsed(db: Executor, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('setupTokens')
    .set({ usedAt: at })
    .where('id', '=', id)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * A new link replaces the unused ones before it: of the bootstrap, of a person's password invitation or password
 * reset, or of an organisation's invitation of an address (`invitationId`). A reset password voids the person's
 * other reset links the same way.
 */
export async function expireSetupTokens(
  db: Executor,
  purpose: SetupToken['purpose'],
  target: { userId: string | null; invitationId: string | null },
  at: string,
) {
  let query = db.updateTable('setupTokens').set({ expiresAt: at }).where('purpose', '=', purpose).where('usedAt', 'is', null);
  query = target.userId === null ? query.where('userId', 'is', null) : query.where('userId', '=', target.userId);
  query =
    target.invitationId === null
      ? query.where('invitationId', 'is', null)
      : query.where('invitationId', '=', target.invitationId);
  await query.execute();
}
