import { type Permission, type Role, roleGrants, type TokenScope, tokenGrants } from './roles.js';

export type Membership = { organisationId: string; role: Role };

/** Who is acting: a person with a session, or an API token acting for its creator in one organisation. */
export type Actor =
  | { kind: 'user'; userId: string; isSystemAdmin: boolean; memberships: readonly Membership[] }
  | {
      kind: 'token';
      tokenId: string;
      userId: string;
      organisationId: string;
      scope: TokenScope;
      creatorRole: Role | null;
    };

/** The single answer to "may this actor do this in that organisation?". */
export function may(actor: Actor, permission: Permission, organisationId: string): boolean {
  if (actor.kind === 'token') {
    return actor.organisationId === organisationId && tokenGrants(actor.scope, actor.creatorRole, permission);
  }
  if (actor.isSystemAdmin) return true;
  const membership = actor.memberships.find((m) => m.organisationId === organisationId);
  return membership !== undefined && roleGrants(membership.role, permission);
}

/** Organisations the actor can see; `'all'` for a system administrator. */
export function visibleOrganisations(actor: Actor): 'all' | string[] {
  if (actor.kind === 'token') return [actor.organisationId];
  if (actor.isSystemAdmin) return 'all';
  return actor.memberships.map((m) => m.organisationId);
}

export function isSystemAdmin(actor: Actor): boolean {
  return actor.kind === 'user' && actor.isSystemAdmin;
}
