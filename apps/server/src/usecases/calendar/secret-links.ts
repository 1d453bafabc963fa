import {
  type Executor,
  findSecretLinkByHash,
  insertAudited,
  listSecretLinks,
  type SecretLinkRow,
  touchSecretLink,
  updateAudited,
} from '@overblik/db';
import { randomSecret, sha256 } from '../../auth/secrets.js';
import type { Caller } from '../../context.js';

/**
 * Secret links: a calendar feed or the public procurement plan is reached by an unguessable secret in its
 * URL (256 bits), stored only as a hash and shown once. Creating a new link revokes the previous one of the
 * same kind (and person), so a leaked address is closed by making a new one.
 */
export async function replaceSecretLink(
  trx: Executor,
  caller: Caller,
  organisationId: string,
  kind: SecretLinkRow['kind'],
  userId: string | null,
): Promise<{ id: string; secret: string }> {
  await revokeSecretLinks(trx, caller, organisationId, kind, userId);
  const secret = randomSecret();
  const now = caller.audit.clock.now().toISOString();
  const row = await insertAudited(trx, caller.audit, 'secretLinks', {
    id: crypto.randomUUID(),
    organisationId,
    kind,
    userId,
    tokenHash: sha256(secret),
    createdByUserId: caller.actor.kind === 'user' ? caller.user.id : null,
    revokedAt: null,
    lastUsedAt: null,
    createdAt: now,
    updatedAt: now,
  });
  return { id: row.id, secret };
}

export async function revokeSecretLinks(
  trx: Executor,
  caller: Caller,
  organisationId: string,
  kind: SecretLinkRow['kind'],
  userId: string | null,
): Promise<void> {
  const live = await listSecretLinks(trx, organisationId, { kind, ...(userId && { userId }) });
  const now = caller.audit.clock.now().toISOString();
  for (const link of live) {
    await updateAudited(trx, caller.audit, 'secretLinks', { id: link.id, organisationId }, { revokedAt: now });
  }
}

/**
 * The live link a secret opens, of the expected kind; undefined for an unknown, revoked or wrong-kind secret.
 * `now` is when it was used.
 */
export async function openSecretLink(
  db: Executor,
  secret: string,
  kinds: ReadonlyArray<SecretLinkRow['kind']>,
  now: Date,
): Promise<SecretLinkRow | undefined> {
  const link = await findSecretLinkByHash(db, sha256(secret));
  if (!link || !kinds.includes(link.kind)) return undefined;
  await touchSecretLink(db, link.organisationId, link.id, now.toISOString());
  return link;
}
