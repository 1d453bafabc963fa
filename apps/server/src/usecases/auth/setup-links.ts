import { type Executor, expireSetupTokens, insertSetupToken } from '@overblik/db';
import { randomSecret, sha256 } from '../../auth/secrets.js';
import type { ServerConfig } from '../../config.js';

export const BOOTSTRAP_LINK_HOURS = 24;
export const INVITATION_LINK_DAYS = 7;

/**
 * A one-time link with which a person sets a password: `bootstrap` lets the first system
 * administrator choose e-mail, name and password; `invitation` is for a person already created.
 * Issuing a new link voids the unused ones before it. Only the hash of the secret is stored.
 */
export async function issueSetupLink(
  db: Executor,
  config: Pick<ServerConfig, 'publicUrl'>,
  purpose: 'bootstrap' | 'invitation',
  userId: string | null,
  now = new Date(),
): Promise<string> {
  const secret = randomSecret();
  const lifetimeMs = purpose === 'bootstrap' ? BOOTSTRAP_LINK_HOURS * 3_600_000 : INVITATION_LINK_DAYS * 86_400_000;
  await expireSetupTokens(db, purpose, userId, now.toISOString());
  await insertSetupToken(db, {
    id: crypto.randomUUID(),
    tokenHash: sha256(secret),
    purpose,
    userId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + lifetimeMs).toISOString(),
    usedAt: null,
  });
  return `${config.publicUrl}/opsaetning?token=${secret}`;
}
