import type { Me } from '@overblik/api';
import { listMembershipsOfUser } from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { present } from '../present.js';

/** The caller's own account and memberships; a token sees only its own organisation. */
export async function getMe(deps: Deps, caller: Caller): Promise<Me> {
  const { user, token, session } = caller;
  const memberships = (await listMembershipsOfUser(deps.db, user.id)).filter(
    (m) => token === null || m.organisationId === token.organisationId,
  );
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      isSystemAdmin: user.isSystemAdmin === 1,
      reminderDelivery: user.reminderDelivery,
    },
    memberships: memberships.map(present.membership),
    authentication: token ? 'token' : 'session',
    csrfToken: session?.csrfToken ?? null,
    token: token ? { id: token.id, organisationId: token.organisationId, scope: token.scope } : null,
  };
}
