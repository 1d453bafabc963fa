import { type PasswordOwner, passwordProblem } from '@overblik/core';
import { commonPasswords } from '@overblik/core/common-passwords';
import { invalidFields } from '../../errors/app-error.js';

/**
 * Throws a field error naming `field` when the password breaks the policy (`passwordProblem` in core), here
 * with the list of common passwords, which the browser leaves to the server. Every place a password is set
 * (setup link, invitation, change of password, `overblik user create --password-stdin`, OVERBLIK_ADMIN_PASSWORD)
 * comes through here.
 */
export function checkPassword(password: string, owner: PasswordOwner, field: string): void {
  const problem = passwordProblem(password, owner, commonPasswords());
  if (problem) throw invalidFields({ field, code: `password_${problem}` });
}
