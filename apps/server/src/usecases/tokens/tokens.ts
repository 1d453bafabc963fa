import type * as Api from '@overblik/api';
import { may } from '@overblik/core';
import { findMembership, findTokenById, insertAudited, listTokens as listTokenRows, updateAudited } from '@overblik/db';
import { newApiToken, sha256 } from '../../auth/secrets.js';
import type { Caller, Deps } from '../../context.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { requireOrganisation, requirePerson } from '../authorize.js';
import { present } from '../present.js';

/** A person's own tokens; for organisations they administer, everyone's tokens there. */
export async function listTokens(deps: Deps, caller: Caller, organisationId?: string): Promise<Api.ApiToken[]> {
  const person = requirePerson(caller);
  if (organisationId) requireOrganisation(caller, 'read', organisationId);
  const organisations = organisationId ? [organisationId] : person.memberships.map((m) => m.organisationId);
  const lists = await Promise.all(
    organisations.map((id) => listTokenRows(deps.db, id, may(caller.actor, 'admin', id) ? {} : { userId: caller.user.id })),
  );
  return lists.flat().map(present.token);
}

/**
 * Creates a token for one organisation the person belongs to. The secret is returned this once and
 * only its SHA-256 is stored; the token can never do more than its creator's role allows.
 */
export async function createToken(deps: Deps, caller: Caller, input: Api.CreateTokenRequest): Promise<Api.CreateTokenResponse> {
  requirePerson(caller);
  requireOrganisation(caller, 'read', input.organisationId);
  if (!(await findMembership(deps.db, input.organisationId, caller.user.id))) throw new AppError('not_a_member');
  if (input.expiresAt && Date.parse(input.expiresAt) <= deps.clock.now().getTime()) {
    throw invalidFields({ field: '/expiresAt', code: 'in_the_past' });
  }
  const { token, prefix } = newApiToken();
  const now = deps.clock.now().toISOString();
  const row = await deps.db.transaction().execute((trx) =>
    insertAudited(trx, caller.audit, 'apiTokens', {
      id: crypto.randomUUID(),
      organisationId: input.organisationId,
      userId: caller.user.id,
      name: input.name.trim(),
      scope: input.scope,
      tokenHash: sha256(token),
      tokenPrefix: prefix,
      createdAt: now,
      updatedAt: now,
      lastUsedAt: null,
      expiresAt: input.expiresAt ? new Date(input.expiresAt).toISOString() : null,
      revokedAt: null,
    }),
  );
  return { token, apiToken: present.token(row) };
}

/** Revokes a token (its owner or an administrator of its organisation); it stays listed as revoked. */
export async function revokeToken(deps: Deps, caller: Caller, tokenId: string): Promise<void> {
  requirePerson(caller);
  const token = await findTokenById(deps.db, tokenId);
  const allowed = token && (token.userId === caller.user.id || may(caller.actor, 'admin', token.organisationId));
  if (!token || !allowed) throw new AppError('token_not_found');
  if (token.revokedAt) return;
  await deps.db.transaction().execute((trx) =>
    updateAudited(
      trx,
      caller.audit,
      'apiTokens',
      { id: tokenId, organisationId: token.organisationId },
      {
        revokedAt: deps.clock.now().toISOString(),
      },
    ),
  );
}
