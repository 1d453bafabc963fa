import type { Me, UpdateMeRequest } from '@overblik/api';
import { updateAudited } from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { requirePerson } from '../authorize.js';
import { getMe } from './get-me.js';

export async function updateMe(deps: Deps, caller: Caller, input: UpdateMeRequest): Promise<Me> {
  requirePerson(caller);
  const user = await deps.db.transaction().execute((trx) =>
    updateAudited(
      trx,
      caller.audit,
      'users',
      { id: caller.user.id },
      {
        ...(input.name !== undefined && { name: input.name.trim() }),
        ...(input.locale !== undefined && { locale: input.locale }),
        ...(input.reminderDelivery !== undefined && { reminderDelivery: input.reminderDelivery }),
      },
    ),
  );
  return getMe(deps, { ...caller, user: user ?? caller.user });
}
