import { describe, expect, it } from 'vitest';
import { type Actor, may, visibleOrganisations } from './actor.js';
import { roleGrants, tokenGrants } from './roles.js';

const person = (memberships: Actor & { kind: 'user' } extends { memberships: infer M } ? M : never): Actor => ({
  kind: 'user',
  userId: 'p',
  isSystemAdmin: false,
  memberships,
});

describe('roles', () => {
  it.each([
    ['læser', 'read', true],
    ['læser', 'write', false],
    ['redaktør', 'write', true],
    ['redaktør', 'admin', false],
    ['administrator', 'admin', true],
  ] as const)('%s may %s: %s', (role, permission, expected) => {
    expect(roleGrants(role, permission)).toBe(expected);
  });

  it('a token never exceeds its scope nor its creator', () => {
    expect(tokenGrants('read', 'administrator', 'write')).toBe(false);
    expect(tokenGrants('read-write', 'læser', 'write')).toBe(false);
    expect(tokenGrants('read-write', 'redaktør', 'write')).toBe(true);
    expect(tokenGrants('read-write', null, 'read')).toBe(false);
  });
});

describe('may', () => {
  it('a member acts only in the organisations they belong to', () => {
    const actor = person([{ organisationId: 'A', role: 'redaktør' }]);
    expect(may(actor, 'write', 'A')).toBe(true);
    expect(may(actor, 'read', 'B')).toBe(false);
    expect(visibleOrganisations(actor)).toEqual(['A']);
  });

  it('a system administrator may do everything', () => {
    const actor: Actor = { kind: 'user', userId: 's', isSystemAdmin: true, memberships: [] };
    expect(may(actor, 'admin', 'any')).toBe(true);
    expect(visibleOrganisations(actor)).toBe('all');
  });

  it('a token acts only in its own organisation', () => {
    const actor: Actor = {
      kind: 'token',
      tokenId: 't',
      userId: 'p',
      organisationId: 'A',
      scope: 'read-write',
      creatorRole: 'administrator',
    };
    expect(may(actor, 'admin', 'A')).toBe(true);
    expect(may(actor, 'read', 'B')).toBe(false);
  });
});
