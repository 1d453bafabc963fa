import type * as Api from '@overblik/api';
import {
  countAdministrators,
  deleteAudited,
  type Executor,
  findMembership,
  findUserByEmail,
  getMember,
  insertAudited,
  listMembers as listMemberRows,
  type Member,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { issueSetupLink } from '../auth/setup-links.js';
import { requireOrganisation, requirePerson } from '../authorize.js';
import { present } from '../present.js';
import { insertPerson } from '../users/create-user.js';

export async function listMembers(deps: Deps, caller: Caller, organisationId: string): Promise<Api.Member[]> {
  requireOrganisation(caller, 'read', organisationId);
  return (await listMemberRows(deps.db, organisationId)).map(present.member);
}

/**
 * Adds a person to the organisation with a role. A person new to Overblik is created and gets a
 * one-time invitation link (valid 7 days) for the administrator to pass on; an existing person who
 * never set a password gets a fresh link.
 */
export async function addMember(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  input: Api.AddMemberRequest,
): Promise<Api.AddMemberResponse> {
  requireOrganisation(caller, 'admin', organisationId);
  requirePerson(caller);
  return deps.db.transaction().execute(async (trx) => {
    const existing = await findUserByEmail(trx, input.email);
    const user = existing ?? (await insertPerson(trx, caller.audit, { email: input.email, name: input.name }));
    if (await findMembership(trx, organisationId, user.id)) throw new AppError('already_member');
    const now = new Date().toISOString();
    const membership = await insertAudited(trx, caller.audit, 'memberships', {
      id: crypto.randomUUID(),
      organisationId,
      userId: user.id,
      role: input.role,
      createdAt: now,
      updatedAt: now,
    });
    const invitationUrl = user.passwordHash === null ? await issueSetupLink(trx, deps.config, 'invitation', user.id) : null;
    return { member: present.member(await memberOrThrow(trx, organisationId, membership.id)), invitationUrl };
  });
}

export async function updateMember(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  memberId: string,
  input: Api.UpdateMemberRequest,
): Promise<Api.Member> {
  requireOrganisation(caller, 'admin', organisationId);
  requirePerson(caller);
  return deps.db.transaction().execute(async (trx) => {
    const member = await memberOrThrow(trx, organisationId, memberId);
    if (member.role === 'administrator' && input.role !== 'administrator') await keepAnAdministrator(trx, organisationId);
    await updateAudited(trx, caller.audit, 'memberships', { id: memberId, organisationId }, { role: input.role });
    return present.member(await memberOrThrow(trx, organisationId, memberId));
  });
}

export async function removeMember(deps: Deps, caller: Caller, organisationId: string, memberId: string): Promise<void> {
  requireOrganisation(caller, 'admin', organisationId);
  requirePerson(caller);
  await deps.db.transaction().execute(async (trx) => {
    const member = await memberOrThrow(trx, organisationId, memberId);
    if (member.role === 'administrator') await keepAnAdministrator(trx, organisationId);
    await deleteAudited(trx, caller.audit, 'memberships', { id: memberId, organisationId });
  });
}

async function memberOrThrow(trx: Executor, organisationId: string, memberId: string): Promise<Member> {
  const member = await getMember(trx, organisationId, memberId);
  if (!member) throw new AppError('member_not_found');
  return member;
}

async function keepAnAdministrator(trx: Executor, organisationId: string) {
  if ((await countAdministrators(trx, organisationId)) <= 1) throw new AppError('last_administrator');
}
