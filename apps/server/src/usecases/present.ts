import type * as Api from '@overblik/api';
import type { ApiToken, AuditRecord, Member, MembershipWithOrganisation, Organisation, Unit, User } from '@overblik/db';

/** Database rows → public API shapes. Secrets (password and token hashes) never leave through here. */
export const present = {
  organisation: (o: Organisation): Api.Organisation => ({ ...o }),
  unit: (u: Unit): Api.Unit => ({ ...u }),
  member: (m: Member): Api.Member => ({
    id: m.id,
    organisationId: m.organisationId,
    userId: m.userId,
    email: m.email,
    name: m.name,
    role: m.role,
    hasPassword: m.hasPassword,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  }),
  membership: (m: MembershipWithOrganisation): Api.MembershipSummary => ({ ...m }),
  token: (t: ApiToken): Api.ApiToken => ({
    id: t.id,
    organisationId: t.organisationId,
    userId: t.userId,
    name: t.name,
    scope: t.scope,
    tokenPrefix: t.tokenPrefix,
    createdAt: t.createdAt,
    lastUsedAt: t.lastUsedAt,
    expiresAt: t.expiresAt,
    revokedAt: t.revokedAt,
  }),
  user: (u: User): Api.UserAccount => ({
    id: u.id,
    email: u.email,
    name: u.name,
    locale: u.locale,
    isSystemAdmin: u.isSystemAdmin === 1,
    hasPassword: u.passwordHash !== null,
    disabledAt: u.disabledAt,
    createdAt: u.createdAt,
  }),
  auditEvent: (e: AuditRecord): Api.AuditEvent => ({
    id: e.id,
    organisationId: e.organisationId,
    occurredAt: e.occurredAt,
    actor: { type: e.actorType, userId: e.actorUserId, tokenId: e.actorTokenId, name: e.actorName },
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    changes: e.changes,
    requestId: e.requestId,
  }),
};
