import type { SelectQueryBuilder } from 'kysely';
import type { Database, InvitationRow } from '../schema.js';
import { type Executor, forOrganisation } from '../tenant.js';
import { normaliseEmail } from './users.js';

/** An open invitation with the name of the person who sent it and the organisation it is for. */
export type InvitationView = InvitationRow & { invitedByName: string; organisationName: string };

/** Invitations as `InvitationView`s: each with the name of its sender and of its organisation. */
function withSenderAndOrganisation(invitations: SelectQueryBuilder<Database, 'invitations', object>) {
  return invitations
    .innerJoin('users', 'users.id', 'invitations.invitedByUserId')
    .innerJoin('organisations', 'organisations.id', 'invitations.organisationId')
    .selectAll('invitations')
    .select(['users.name as invitedByName', 'organisations.name as organisationName']);
}

/** The organisation's open invitations (expired ones too, until withdrawn or sent again), oldest first. */
export async function listInvitations(db: Executor, organisationId: string): Promise<InvitationView[]> {
  return withSenderAndOrganisation(forOrganisation(db, organisationId).selectFrom('invitations'))
    .orderBy('invitations.createdAt')
    .orderBy('invitations.email')
    .execute();
}

export async function getInvitation(
  db: Executor,
  organisationId: string,
  invitationId: string,
): Promise<InvitationView | undefined> {
  return withSenderAndOrganisation(forOrganisation(db, organisationId).selectFrom('invitations'))
    .where('invitations.id', '=', invitationId)
    .executeTakeFirst();
}

/** The organisation's open invitation of an address, if any. */
export async function findInvitationOfEmail(
  db: Executor,
  organisationId: string,
  email: string,
): Promise<InvitationRow | undefined> {
  return forOrganisation(db, organisationId)
    .selectFrom('invitations')
    .selectAll()
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
}

/**
 * Invitations addressed to an e-mail address, in every organisation: the invited person's own view (an
 * invitation names the address it is for, so it is read by that address, like a person's own memberships).
 * Without `invitationId`, the open ones that have not expired at `now`; with it, that one invitation, expired
 * or not. Listed in docs/architecture.md (Tenancy).
 */
export async function invitationsToEmail(
  db: Executor,
  email: string,
  filter: { now: string } | { invitationId: string },
): Promise<InvitationView[]> {
  let query = withSenderAndOrganisation(db.selectFrom('invitations')).where('invitations.email', '=', normaliseEmail(email));
  query =
    'now' in filter
      ? query.where('invitations.expiresAt', '>', filter.now)
      : query.where('invitations.id', '=', filter.invitationId);
  return query.orderBy('organisations.name').execute();
}

/**
 * The invitation a setup link names, in any organisation: the secret in the link is what grants access, so
 * the link's look-up is by its hash and the invitation by the id the link carries (like `findSecretLinkByHash`).
 */
export async function invitationOfLink(db: Executor, invitationId: string): Promise<InvitationView | undefined> {
  return withSenderAndOrganisation(db.selectFrom('invitations')).where('invitations.id', '=', invitationId).executeTakeFirst();
}

/**
 * Drops an invitation's mails that have not been handed to SMTP yet (their link no longer works: the invitation
 * was answered, withdrawn or sent again). Its mails carry the dedupe key `invitation:<id>:…`. The outbox is not
 * a tenant table (it holds mail of no organisation) and the invitation's id is unique, so no filter is needed.
 */
export async function dropUnsentInvitationMails(db: Executor, invitationId: string): Promise<void> {
  await db
    .deleteFrom('mailOutbox')
    .where('dedupeKey', 'like', `invitation:${invitationId}:%`)
    .where('status', '=', 'pending')
    .execute();
}
