import type { ChangePasswordRequest } from '@overblik/api';
import { deleteSessionsOfUser, expireSetupTokens, updateAudited } from '@overblik/db';
import { hashPassword, verifyPassword } from '../../auth/passwords.js';
import type { Caller, Deps } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { requirePerson } from '../authorize.js';
import { checkPassword } from './password-rules.js';

/** Changes the caller's password, ends the person's other sessions and voids their unused password reset links. */
export async function changePassword(deps: Deps, caller: Caller, input: ChangePasswordRequest): Promise<void> {
  requirePerson(caller);
  if (!(await verifyPassword(caller.user.passwordHash, input.currentPassword))) throw new AppError('invalid_credentials');
  checkPassword(input.newPassword, caller.user, '/newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction().execute(async (trx) => {
    await updateAudited(
      trx,
      caller.audit,
      'users',
      { id: caller.user.id },
      {
        passwordHash,
        passwordChangedAt: deps.clock.now().toISOString(),
      },
    );
    await deleteSessionsOfUser(trx, caller.user.id, caller.session?.id);
    await expireSetupTokens(
      trx,
      'password_reset',
      { userId: caller.user.id, invitationId: null },
      deps.clock.now().toISOString(),
    );
  });
}
