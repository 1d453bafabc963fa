import type { CreateUserRequest, UserAccount } from '@overblik/api';
import { listUsers as listUserRows } from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
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
    const invitationUrl = await issueSetupLink(trx, deps.config, 'invitation', user.id);
    return { user: present.user(user), invitationUrl };
  });
}
