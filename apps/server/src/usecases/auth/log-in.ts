import type { LoginRequest } from '@overblik/api';
import { loginVerdict, loginWindowStart } from '@overblik/core';
import { clearLoginFailures, findUserByEmail, loginFailuresSince, normaliseEmail, recordLoginFailure } from '@overblik/db';
import { verifyPassword } from '../../auth/passwords.js';
import type { Deps } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { type StartedSession, startSession } from './start-session.js';

/** A login refused by the limits before the password was looked at; the route sends `Retry-After`. */
export class LoginLimited extends AppError {
  constructor(
    code: 'too_many_attempts' | 'login_slowed',
    readonly retryAfterSeconds: number,
  ) {
    super(code);
  }
}

/**
 * Logs a person in from `source` (`loginSource` of the client address). The limits (`loginVerdict` in core,
 * docs/operations.md "Login limits") are counted in the database, so they hold across server instances: a
 * source with 10 failures on the account in 15 minutes is locked out of it, and after 10 failures on the account
 * from anywhere, sources that have failed on it wait a growing, bounded time; a source without failures on the
 * account always gets to try, so a stranger's failures elsewhere never lock out its owner. The answer never tells
 * whether the e-mail address exists (unknown addresses are counted, and cost the same time, as wrong passwords).
 */
export async function logIn(
  deps: Deps,
  input: LoginRequest,
  source: string,
  userAgent: string | undefined,
): Promise<StartedSession & { userId: string }> {
  const now = deps.clock.now();
  const email = normaliseEmail(input.email);
  const failures = await loginFailuresSince(deps.db, email, source, loginWindowStart(now).toISOString());
  const verdict = loginVerdict(failures, now);
  if (verdict.kind === 'locked') throw new LoginLimited('too_many_attempts', verdict.retryAfterSeconds);
  if (verdict.kind === 'slowed') throw new LoginLimited('login_slowed', verdict.retryAfterSeconds);
  const user = await findUserByEmail(deps.db, email);
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok || user.disabledAt) {
    await recordLoginFailure(deps.db, email, source, now.toISOString());
    throw new AppError('invalid_credentials');
  }
  await clearLoginFailures(deps.db, email, source);
  const session = await startSession(deps, deps.db, user, userAgent, now);
  return { ...session, userId: user.id };
}
