import { type Executor, insertSession, type User } from '@overblik/db';
import { randomSecret, sha256 } from '../../auth/secrets.js';
import type { Deps } from '../../context.js';

export type StartedSession = { cookieValue: string; expiresAt: string };

/** Opens a session for a person; only the SHA-256 of the cookie value is stored. */
export async function startSession(
  deps: Deps,
  db: Executor,
  user: User,
  userAgent: string | undefined,
  now: Date,
): Promise<StartedSession> {
  const cookieValue = randomSecret();
  const idle = now.getTime() + deps.config.sessionIdleMinutes * 60_000;
  const absolute = now.getTime() + deps.config.sessionMaxHours * 3_600_000;
  const expiresAt = new Date(Math.min(idle, absolute)).toISOString();
  await insertSession(db, {
    id: sha256(cookieValue),
    userId: user.id,
    csrfToken: randomSecret(),
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt,
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  return { cookieValue, expiresAt };
}
