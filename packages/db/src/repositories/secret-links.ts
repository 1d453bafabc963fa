import type { SecretLinkRow } from '../schema.js';
import { type Executor, forOrganisation } from '../tenant.js';

export async function listSecretLinks(
  db: Executor,
  organisationId: string,
  filter: { kind?: SecretLinkRow['kind']; userId?: string },
): Promise<SecretLinkRow[]> {
  let query = forOrganisation(db, organisationId)
    .selectFrom('secretLinks')
    .selectAll()
    .where('secretLinks.revokedAt', 'is', null);
  if (filter.kind) query = query.where('secretLinks.kind', '=', filter.kind);
  if (filter.userId) query = query.where('secretLinks.userId', '=', filter.userId);
  return query.orderBy('secretLinks.createdAt').execute();
}

export async function getSecretLink(db: Executor, organisationId: string, linkId: string): Promise<SecretLinkRow | undefined> {
  return forOrganisation(db, organisationId)
    .selectFrom('secretLinks')
    .selectAll()
    .where('secretLinks.id', '=', linkId)
    .where('secretLinks.revokedAt', 'is', null)
    .executeTakeFirst();
}

/**
 * The live link with this secret's hash, in any organisation: the secret in a feed or public URL is what
 * grants access (like an API token), so this look-up is by hash alone. Listed in docs/architecture.md.
 */
export async function findSecretLinkByHash(db: Executor, tokenHash: string): Promise<SecretLinkRow | undefined> {
  return db
    .selectFrom('secretLinks')
    .selectAll()
    .where('tokenHash', '=', tokenHash)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
}

/** Records that a link was used, at most once a minute (feeds are polled often). */
export async function touchSecretLink(db: Executor, organisationId: string, linkId: string, now: string): Promise<void> {
  const aMinuteAgo = new Date(Date.parse(now) - 60_000).toISOString();
  await forOrganisation(db, organisationId)
    .updateTable('secretLinks')
    .set({ lastUsedAt: now })
    .where('id', '=', linkId)
    .where((eb) => eb.or([eb('lastUsedAt', 'is', null), eb('lastUsedAt', '<', aMinuteAgo)]))
    .execute();
}
