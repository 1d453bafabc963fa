import type { PasswordResetRequest } from '@overblik/api';
import { passwordResetVerdict, passwordResetWindowStart } from '@overblik/core';
import {
  findUserByEmail,
  normaliseEmail,
  passwordResetRequestsSince,
  queueMailOnce,
  recordPasswordResetRequest,
} from '@overblik/db';
import type { Deps } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { passwordResetMail } from './password-reset-mail.js';
import { issueSetupLink, passwordResetExpiry } from './setup-links.js';

/** A reset request refused by its limits; the route sends `Retry-After`. */
export class PasswordResetLimited extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('password_reset_limited');
  }
}

/**
 * A person who forgot their password asks for a link (`/opsaetning?token=…`, purpose `password_reset`, valid
 * `PASSWORD_RESET_LIMITS.LINK_MINUTES`) by e-mail. The answer is the same whether or not a person has the address:
 * every request is counted (the address typed and `source`, the client address) and refused alike beyond the
 * limits, the link and its mail are written in the same transaction as the count, and the mail is handed to SMTP
 * afterwards by the process that runs jobs, so the request does not wait for it. A new link voids the person's
 * earlier ones. A disabled person gets nothing; without SMTP nothing is mailed.
 */
export async function requestPasswordReset(deps: Deps, input: PasswordResetRequest, source: string): Promise<void> {
  const now = deps.clock.now();
  const email = normaliseEmail(input.email);
  const requests = await passwordResetRequestsSince(deps.db, email, source, passwordResetWindowStart(now).toISOString());
  const verdict = passwordResetVerdict(requests, now);
  if (verdict.kind === 'limited') throw new PasswordResetLimited(verdict.retryAfterSeconds);
  await deps.db.transaction().execute(async (trx) => {
    await recordPasswordResetRequest(trx, email, source, now.toISOString());
    const person = await findUserByEmail(trx, email);
    if (!person || person.disabledAt) return;
    const url = await issueSetupLink(trx, deps.config, 'password_reset', person.id, now);
    if (!deps.config.smtp) return;
    const mail = passwordResetMail({ url, expiresAt: passwordResetExpiry(now) }, person.locale === 'en' ? 'en' : 'da');
    await queueMailOnce(
      trx,
      {
        organisationId: null,
        dedupeKey: `password-reset:${person.id}:${crypto.randomUUID()}`,
        recipient: person.email,
        subject: mail.subject,
        body: mail.text,
        late: 0,
      },
      now.toISOString(),
    );
  });
  deps.mailQueued?.();
}
