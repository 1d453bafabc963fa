import type { Executor } from '../tenant.js';

/**
 * Removes expired sessions, spent or expired setup links, and login failures and password reset requests
 * older than `failuresBefore`.
 */
export async function purgeExpired(db: Executor, now: string, failuresBefore: string): Promise<void> {
  await db.deleteFrom('sessions').where('expiresAt', '<=', now).execute();
  await db
    .deleteFrom('setupTokens')
    .where((eb) => eb.or([eb('expiresAt', '<=', now), eb('usedAt', 'is not', null)]))
    .execute();
  await db.deleteFrom('loginFailures').where('occurredAt', '<', failuresBefore).execute();
  await db.deleteFrom('passwordResetRequests').where('requestedAt', '<', failuresBefore).execute();
}
