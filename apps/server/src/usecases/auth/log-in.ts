import type { LoginRequest } from '@overblik/api';
import { clearLoginFailures, countLoginFailuresSince, findUserByEmail, normaliseEmail, recordLoginFailure } from '@overblik/db';
import { verifyPassword } from '../../auth/passwords.js';
import type { Deps } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { type StartedSession, startSession } from './start-session.js';

/** Failed logins per e-mail address within the window before the address is paused. */
export const MAX_LOGIN_FAILURES = 10;
export const LOGIN_FAILURE_WINDOW_MINUTES = 15;

/**
 * Logs a person in. Failures are counted per e-mail address in the database (so the limit holds
 * across server instances); past the limit the address is paused for the window, whatever the password.
 * The answer never tells whether the e-mail address exists.
 */
export async function logIn(
  deps: Deps,
  input: LoginRequest,
  userAgent: string | undefined,
  now = new Date(),
): Promise<StartedSession & { userId: string }> {
  const email = normaliseEmail(input.email);
  const since = new Date(now.getTime() - LOGIN_FAILURE_WINDOW_MINUTES * 60_000).toISOString();
  if ((await countLoginFailuresSince(deps.db, email, since)) >= MAX_LOGIN_FAILURES) {
    throw new AppError('too_many_attempts');
  }
  const user = await findUserByEmail(deps.db, email);
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok || user.disabledAt) {
    await recordLoginFailure(deps.db, email, now.toISOString());
    throw new AppError('invalid_credentials');
  }
  await clearLoginFailures(deps.db, email);
  const session = await startSession(deps, deps.db, user, userAgent, now);
  return { ...session, userId: user.id };
}
