import type * as Api from '@overblik/api';
import {
  type AuditActor,
  countAdministrators,
  deleteAudited,
  type Executor,
  findMembership,
  getMember,
  getOrganisation,
  insertAudited,
  listMembers as listMemberRows,
  type Member,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { requireOrganisation, requirePerson, requireSystemAdmin } from '../authorize.js';
import { present } from '../present.js';

export async function listMembers(deps: Deps, caller: Caller, organisationId: string): Promise<Api.Member[]> {
  requireOrganisation(caller, 'read', organisationId);
  return (await listMemberRows(deps.db, organisationId)).map(present.member);
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

/**
 * A system administrator makes themself an administrator of an organisation they do not belong to — e.g. after the
 * first start, so they can be responsible for contracts and get reminders. Audited like any membership.
 */
export async function joinAsSystemAdministrator(deps: Deps, caller: Caller, organisationId: string): Promise<Api.Member> {
  requireSystemAdmin(caller);
  const person = requirePerson(caller);
  return deps.db.transaction().execute(async (trx) => {
    if (!(await getOrganisation(trx, organisationId))) throw new AppError('organisation_not_found');
    if (await findMembership(trx, organisationId, person.userId)) throw new AppError('already_member');
    const id = await insertAdministrator(trx, caller.audit, organisationId, person.userId);
    return present.member(await memberOrThrow(trx, organisationId, id));
  });
}

/**
 * Makes a person an administrator of an organisation they do not belong to, audited, in the caller's
 * transaction: a system administrator joining (above), or the first administrator's own organisation at setup.
 */
export async function insertAdministrator(trx: Executor, audit: AuditActor, organisationId: string, userId: string) {
  const now = audit.clock.now().toISOString();
  const id = crypto.randomUUID();
  await insertAudited(trx, audit, 'memberships', {
    id,
    organisationId,
    userId,
    role: 'administrator',
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

async function memberOrThrow(trx: Executor, organisationId: string, memberId: string): Promise<Member> {
  const member = await getMember(trx, organisationId, memberId);
  if (!member) throw new AppError('member_not_found');
  return member;
}

async function keepAnAdministrator(trx: Executor, organisationId: string) {
  if ((await countAdministrators(trx, organisationId)) <= 1) throw new AppError('last_administrator');
}
