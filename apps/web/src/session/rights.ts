import type { Me } from '@overblik/api';
import { type Actor, may, type Permission } from '@overblik/core';
import { useRequiredMe } from './me.ts';

/** The signed-in person as the rights rules in @overblik/core see them, so the UI offers what the server allows. */
export function actorOf(me: Me): Actor {
  return {
    kind: 'user',
    userId: me.user.id,
    isSystemAdmin: me.user.isSystemAdmin,
    memberships: me.memberships.map((m) => ({ organisationId: m.organisationId, role: m.role })),
  };
}

/** Whether the signed-in person may do `permission` in an organisation (the server checks the same rule). */
export function useMay(): (permission: Permission, organisationId: string) => boolean {
  const actor = actorOf(useRequiredMe());
  return (permission, organisationId) => may(actor, permission, organisationId);
}
