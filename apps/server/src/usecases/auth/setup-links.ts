import { PASSWORD_RESET_LIMITS } from '@overblik/core';
import { type Executor, expireSetupTokens, insertSetupToken } from '@overblik/db';
import { randomSecret, sha256 } from '../../auth/secrets.js';
import type { ServerConfig } from '../../config.js';

export const BOOTSTRAP_LINK_HOURS = 24;
export const INVITATION_LINK_DAYS = 7;

/** An organisation's invitation of an e-mail address, which the link answers; the link lives as long as it. */
export type InvitationTarget = { invitationId: string; expiresAt: string };

/**
 * A one-time link to `/opsaetning`: `bootstrap` lets the first system administrator choose e-mail, name and
 * password; `invitation` is for a person already created (a user id: they set a password) or for an
 * organisation's invitation of an address (`InvitationTarget`: a person new to Overblik chooses name and
 * password, one with an account logs in and accepts); `password_reset` lets a person who forgot their password
 * (a user id) choose a new one, valid `PASSWORD_RESET_LIMITS.LINK_MINUTES`. Issuing a new link voids the unused
 * ones before it of the same purpose for the same person or invitation. Only the hash of the secret is stored.
 */
export async function issueSetupLink(
  db: Executor,
  config: Pick<ServerConfig, 'publicUrl'>,
  purpose: 'bootstrap' | 'invitation' | 'password_reset',
  target: string | null | InvitationTarget,
  now: Date,
): Promise<string> {
  const secret = randomSecret();
  const lifetimeMs = purpose === 'bootstrap' ? BOOTSTRAP_LINK_HOURS * 3_600_000 : INVITATION_LINK_DAYS * 86_400_000;
  const userId = typeof target === 'string' ? target : null;
  const invitationId = target !== null && typeof target === 'object' ? target.invitationId : null;
  const expiresAt =
    target !== null && typeof target === 'object'
      ? target.expiresAt
      : purpose === 'password_reset'
        ? passwordResetExpiry(now)
        : new Date(now.getTime() + lifetimeMs).toISOString();
  await expireSetupTokens(db, purpose, { userId, invitationId }, now.toISOString());
  await insertSetupToken(db, {
    id: crypto.randomUUID(),
    tokenHash: sha256(secret),
    purpose,
    userId,
    invitationId,
    createdAt: now.toISOString(),
    expiresAt,
    usedAt: null,
  });
  return `${config.publicUrl}/opsaetning?token=${secret}`;
}

/** When an invitation issued at `now` expires: the same lifetime as a person's password invitation. */
export function invitationExpiry(now: Date): string {
  return new Date(now.getTime() + INVITATION_LINK_DAYS * 86_400_000).toISOString();
}

/** When a password reset link issued at `now` expires (`PASSWORD_RESET_LIMITS.LINK_MINUTES`). */
export function passwordResetExpiry(now: Date): string {
  return new Date(now.getTime() + PASSWORD_RESET_LIMITS.LINK_MINUTES * 60_000).toISOString();
}
