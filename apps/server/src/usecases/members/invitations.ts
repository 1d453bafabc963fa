import type * as Api from '@overblik/api';
import {
  type AuditActor,
  deleteAudited,
  dropUnsentInvitationMails,
  type Executor,
  findInvitationOfEmail,
  findMemberByEmail,
  findMembership,
  findUserByEmail,
  getInvitation,
  type InvitationView,
  insertAudited,
  invitationsToEmail,
  listInvitations as listInvitationRows,
  normaliseEmail,
  queueMailOnce,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { invitationExpiry, issueSetupLink } from '../auth/setup-links.js';
import { requireOrganisation, requirePerson } from '../authorize.js';
import { getMe } from '../me/get-me.js';
import { invitationMail } from './invitation-mail.js';

/**
 * Adding a member by e-mail invites the address: an invitation with the chosen role, and a mail with a one-time
 * link (valid 7 days). The answer is the same whether or not the address belongs to a person (no name, no
 * "exists"); the person becomes a member only when they accept, and only then does the organisation see them.
 * Only an address that is already the organisation's own member is refused by name (`already_member`).
 */
export async function inviteMember(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  input: Api.AddMemberRequest,
): Promise<Api.AddMemberResponse> {
  const now = deps.clock.now();
  requireOrganisation(caller, 'admin', organisationId);
  requirePerson(caller);
  const email = normaliseEmail(input.email);
  const invitation = await deps.db.transaction().execute(async (trx) => {
    if (await findMemberByEmail(trx, organisationId, email)) throw new AppError('already_member');
    const open = await findInvitationOfEmail(trx, organisationId, email);
    if (open && open.expiresAt > now.toISOString()) throw new AppError('already_invited');
    const values = {
      role: input.role,
      name: input.name?.trim() || null,
      invitedByUserId: caller.user.id,
      expiresAt: invitationExpiry(now),
    };
    // An expired invitation of the address is renewed rather than kept beside a new one.
    const row = open
      ? await updateAudited(trx, caller.audit, 'invitations', { id: open.id, organisationId }, values)
      : await insertAudited(trx, caller.audit, 'invitations', {
          id: crypto.randomUUID(),
          organisationId,
          email,
          ...values,
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
        });
    if (!row) throw new AppError('invitation_not_found');
    return sendInvitation(trx, deps, organisationId, row.id, now);
  });
  deps.mailQueued?.();
  return { invitation: presentInvitation(invitation, now) };
}

/** The organisation's open invitations: address, role, who sent it and when it expires (administrators). */
export async function listInvitations(deps: Deps, caller: Caller, organisationId: string): Promise<Api.Invitation[]> {
  requireOrganisation(caller, 'admin', organisationId);
  const now = deps.clock.now();
  return (await listInvitationRows(deps.db, organisationId)).map((i) => presentInvitation(i, now));
}

/** Sends the invitation again with a new link, valid 7 days from now; the old link stops working. */
export async function resendInvitation(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  invitationId: string,
): Promise<Api.Invitation> {
  const now = deps.clock.now();
  requireOrganisation(caller, 'admin', organisationId);
  requirePerson(caller);
  const invitation = await deps.db.transaction().execute(async (trx) => {
    const updated = await updateAudited(
      trx,
      caller.audit,
      'invitations',
      { id: invitationId, organisationId },
      { invitedByUserId: caller.user.id, expiresAt: invitationExpiry(now) },
    );
    if (!updated) throw new AppError('invitation_not_found');
    return sendInvitation(trx, deps, organisationId, invitationId, now);
  });
  deps.mailQueued?.();
  return presentInvitation(invitation, now);
}

/** Withdraws an invitation: it is deleted with its links, which stop working. */
export async function withdrawInvitation(deps: Deps, caller: Caller, organisationId: string, invitationId: string) {
  requireOrganisation(caller, 'admin', organisationId);
  requirePerson(caller);
  await deps.db.transaction().execute(async (trx) => {
    if (!(await closeInvitation(trx, caller.audit, { id: invitationId, organisationId }))) {
      throw new AppError('invitation_not_found');
    }
  });
}

/** The open invitations addressed to the signed-in person's e-mail address, in every organisation. */
export async function myInvitations(deps: Deps, caller: Caller): Promise<Api.MyInvitation[]> {
  const now = deps.clock.now();
  requirePerson(caller);
  const rows = await invitationsToEmail(deps.db, caller.user.email, { now: now.toISOString() });
  return rows.map((i) => ({
    id: i.id,
    organisationId: i.organisationId,
    organisationName: i.organisationName,
    role: i.role,
    invitedBy: i.invitedByName,
    expiresAt: i.expiresAt,
  }));
}

/**
 * The signed-in person accepts an invitation addressed to their own e-mail address: the membership is created
 * (audited, by the person) and the invitation with its links is gone. Someone else's invitation, or an expired
 * one, is `invitation_not_found`.
 */
export async function acceptMyInvitation(deps: Deps, caller: Caller, invitationId: string): Promise<Api.Me> {
  const now = deps.clock.now();
  requirePerson(caller);
  await deps.db.transaction().execute(async (trx) => {
    const [invitation] = await invitationsToEmail(trx, caller.user.email, { invitationId });
    if (!invitation || invitation.expiresAt <= now.toISOString()) throw new AppError('invitation_not_found');
    await joinOrganisation(trx, caller.audit, invitation, caller.user.id, now);
  });
  return getMe(deps, caller);
}

/** The signed-in person declines an invitation addressed to them (expired or not): it is deleted, audited. */
export async function declineMyInvitation(deps: Deps, caller: Caller, invitationId: string): Promise<void> {
  requirePerson(caller);
  await deps.db.transaction().execute(async (trx) => {
    const [invitation] = await invitationsToEmail(trx, caller.user.email, { invitationId });
    if (!invitation) throw new AppError('invitation_not_found');
    await closeInvitation(trx, caller.audit, invitation);
  });
}

/**
 * An accepted invitation: the person becomes a member with the invited role (unless they already are one) and
 * the invitation is deleted with its links, both audited with the accepting person as actor.
 */
export async function joinOrganisation(
  trx: Executor,
  actor: AuditActor,
  invitation: Pick<InvitationView, 'id' | 'organisationId' | 'role'>,
  userId: string,
  now: Date,
): Promise<void> {
  const { organisationId } = invitation;
  if (!(await findMembership(trx, organisationId, userId))) {
    await insertAudited(trx, actor, 'memberships', {
      id: crypto.randomUUID(),
      organisationId,
      userId,
      role: invitation.role,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
  }
  await closeInvitation(trx, actor, invitation);
}

/** Deletes an answered or withdrawn invitation (audited) with its links, and drops its mails not yet sent. */
async function closeInvitation(
  trx: Executor,
  actor: AuditActor,
  invitation: Pick<InvitationView, 'id' | 'organisationId'>,
): Promise<boolean> {
  await dropUnsentInvitationMails(trx, invitation.id);
  const deleted = await deleteAudited(trx, actor, 'invitations', {
    id: invitation.id,
    organisationId: invitation.organisationId,
  });
  return deleted !== undefined;
}

/**
 * Issues the invitation's link (voiding the one before, whose mail is dropped if unsent) and queues its mail, in Danish or, for a person who
 * chose English, in English. The mail belongs to no organisation in the outbox: the administrators' list of
 * their organisation's mails would otherwise show its language, which says whether the address has an account.
 * Without SMTP nothing is queued; a person with an account sees the invitation when they log in.
 */
async function sendInvitation(
  trx: Executor,
  deps: Deps,
  organisationId: string,
  invitationId: string,
  now: Date,
): Promise<InvitationView> {
  const invitation = await getInvitation(trx, organisationId, invitationId);
  if (!invitation) throw new AppError('invitation_not_found');
  await dropUnsentInvitationMails(trx, invitationId);
  const url = await issueSetupLink(trx, deps.config, 'invitation', { invitationId, expiresAt: invitation.expiresAt }, now);
  const person = await findUserByEmail(trx, invitation.email);
  if (deps.config.smtp) {
    const mail = invitationMail(
      {
        organisationName: invitation.organisationName,
        role: invitation.role,
        invitedBy: invitation.invitedByName,
        url,
        expiresAt: invitation.expiresAt,
      },
      person?.locale === 'en' ? 'en' : 'da',
    );
    await queueMailOnce(
      trx,
      {
        organisationId: null,
        dedupeKey: `invitation:${invitationId}:${crypto.randomUUID()}`,
        recipient: invitation.email,
        subject: mail.subject,
        body: mail.text,
        late: 0,
      },
      now.toISOString(),
    );
  }
  return invitation;
}

function presentInvitation(i: InvitationView, now: Date): Api.Invitation {
  return {
    id: i.id,
    organisationId: i.organisationId,
    email: i.email,
    role: i.role,
    invitedBy: i.invitedByName,
    createdAt: i.createdAt,
    expiresAt: i.expiresAt,
    expired: i.expiresAt <= now.toISOString(),
  };
}
