import type { CreateUserRequest } from '@overblik/api';
import { type AuditActor, type Executor, findUserByEmail, insertAudited, normaliseEmail, type User } from '@overblik/db';
import { hashPassword } from '../../auth/passwords.js';
import { AppError } from '../../errors/app-error.js';
import { checkPassword } from '../auth/password-rules.js';

export type NewPerson = CreateUserRequest & { password?: string; id?: string };

/**
 * Creates a person's account. Without a password the person gets an invitation link to set one;
 * a password (from the CLI or the bootstrap environment) must meet the policy. `now` defaults to the actor's clock.
 */
export async function insertPerson(trx: Executor, actor: AuditActor, input: NewPerson, now = actor.clock.now()): Promise<User> {
  const email = normaliseEmail(input.email);
  if (await findUserByEmail(trx, email)) throw new AppError('email_taken');
  if (input.password !== undefined) checkPassword(input.password, { email, name: input.name }, '/password');
  return insertAudited(trx, actor, 'users', {
    id: input.id ?? crypto.randomUUID(),
    email,
    name: input.name.trim(),
    passwordHash: input.password === undefined ? null : await hashPassword(input.password),
    passwordChangedAt: input.password === undefined ? null : now.toISOString(),
    isSystemAdmin: input.isSystemAdmin ? 1 : 0,
    locale: 'da',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    disabledAt: null,
  });
}
