import type { ApiToken } from '../schema.js';
import { type Executor, forOrganisation } from '../tenant.js';

/** Looks a presented token up by its hash; the caller checks revocation and expiry. */
export async function findTokenByHash(db: Executor, tokenHash: string): Promise<ApiToken | undefined> {
  return db.selectFrom('apiTokens').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst();
}

/** Last use is bookkeeping, not a change of the token, so it is not audited. */
export async function markTokenUsed(db: Executor, organisationId: string, tokenId: string, at: string): Promise<void> {
  await forOrganisation(db, organisationId).updateTable('apiTokens').set({ lastUsedAt: at }).where('id', '=', tokenId).execute();
}

export type TokenListFilter = { userId?: string };

export async function listTokens(db: Executor, organisationId: string, filter: TokenListFilter = {}): Promise<ApiToken[]> {
  let query = forOrganisation(db, organisationId).selectFrom('apiTokens').selectAll();
  if (filter.userId) query = query.where('userId', '=', filter.userId);
  return query.orderBy('createdAt', 'desc').execute();
}

export async function getToken(db: Executor, organisationId: string, tokenId: string): Promise<ApiToken | undefined> {
  return forOrganisation(db, organisationId).selectFrom('apiTokens').selectAll().where('id', '=', tokenId).executeTakeFirst();
}

/** Finds a token by id across organisations; the caller must then check the actor's rights in its organisation. */
export async function findTokenById(db: Executor, tokenId: string): Promise<ApiToken | undefined> {
  return db.selectFrom('apiTokens').selectAll().where('id', '=', tokenId).executeTakeFirst();
}
