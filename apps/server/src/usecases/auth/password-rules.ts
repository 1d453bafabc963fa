import { passwordProblem } from '@overblik/core';
import { invalidFields } from '../../errors/app-error.js';

/** Throws a field error naming `field` when the password breaks the policy. */
export function checkPassword(password: string, email: string, field: string): void {
  const problem = passwordProblem(password, email);
  if (problem) invalidFieldsThrow(field, `password_${problem}` as const);
}

function invalidFieldsThrow(field: string, code: 'password_too_short' | 'password_too_long' | 'password_same_as_email'): never {
  throw invalidFields({ field, code });
}
