import type { CreateUserRequest, UpdateUserRequest, UserAccount } from '@overblik/api';
import { deleteSessionsOfUser, getUser, listUsers as listUserRows, updateAudited } from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { issueSetupLink } from '../auth/setup-links.js';
import { requireSystemAdmin } from '../authorize.js';
import { present } from '../present.js';
import { insertPerson } from './create-user.js';

export async function listUsers(deps: Deps, caller: Caller): Promise<UserAccount[]> {
  requireSystemAdmin(caller);
  return (await listUserRows(deps.db)).map(present.user);
}

export async function createUser(deps: Deps, caller: Caller, input: CreateUserRequest) {
  requireSystemAdmin(caller);
  return deps.db.transaction().execute(async (trx) => {
    const user = await insertPerson(trx, caller.audit, input);
    const invitationUrl = await issueSetupLink(trx, deps.config, 'invitation', user.id, deps.clock.now());
    return { user: present.user(user), invitationUrl };
  });
}

/**
 * Renames a person, grants or removes system administration, or disables the account (offboarding):
 * a disabled person cannot log in, their sessions end and their API tokens stop working.
 */
export async function updateUser(deps: Deps, caller: Caller, userId: string, input: UpdateUserRequest): Promise<UserAccount> {
  requireSystemAdmin(caller);
  const lockingOutSelf = input.disabled === true || input.isSystemAdmin === false;
  if (userId === caller.user.id && lockingOutSelf) throw new AppError('cannot_change_self');
  return deps.db.transaction().execute(async (trx) => {
    const user = await getUser(trx, userId);
    if (!user) throw new AppError('user_not_found');
    const disabledAt =
      input.disabled === undefined
        ? user.disabledAt
        : input.disabled
          ? (user.disabledAt ?? deps.clock.now().toISOString())
          : null;
    const updated = await updateAudited(
      trx,
      caller.audit,
      'users',
      { id: userId },
      {
        ...(input.name !== undefined && { name: input.name.trim() }),
        ...(input.isSystemAdmin !== undefined && { isSystemAdmin: input.isSystemAdmin ? 1 : 0 }),
        disabledAt,
      },
    );
    if (disabledAt) await deleteSessionsOfUser(trx, userId);
    if (!updated) throw new AppError('user_not_found');
    return present.user(updated);
  });
}
