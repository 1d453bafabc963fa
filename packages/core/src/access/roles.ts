/** A person's role in one organisation (see docs/architecture.md, "Rights"). */
export const ROLES = ['administrator', 'redaktør', 'læser'] as const;
export type Role = (typeof ROLES)[number];

/** What an actor may do within one organisation. Each level includes the ones before it. */
export const PERMISSIONS = ['read', 'write', 'admin'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const TOKEN_SCOPES = ['read', 'read-write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

const ROLE_LEVEL: Record<Role, number> = { læser: 0, redaktør: 1, administrator: 2 };
const PERMISSION_LEVEL: Record<Permission, number> = { read: 0, write: 1, admin: 2 };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function roleGrants(role: Role, permission: Permission): boolean {
  return ROLE_LEVEL[role] >= PERMISSION_LEVEL[permission];
}

/**
 * An API token acts for the person who created it, never beyond that person's current role in the
 * token's organisation, and never beyond its own scope: a read token reads, a read-write token may
 * do what the person may do. A token whose person has left the organisation grants nothing.
 */
export function tokenGrants(scope: TokenScope, creatorRole: Role | null, permission: Permission): boolean {
  if (creatorRole === null) return false;
  if (scope === 'read' && permission !== 'read') return false;
  return roleGrants(creatorRole, permission);
}
