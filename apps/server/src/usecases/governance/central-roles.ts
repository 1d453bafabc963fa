import type * as Api from '@overblik/api';
import {
  type CentralRoleView,
  deleteAudited,
  type Executor,
  findByKey,
  getUnit,
  insertAudited,
  listCentralRoles,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { requireOrganisation } from '../authorize.js';
import { checkOption } from '../option-lists/option-lists.js';
import { requireMember } from './governance-bodies.js';

/**
 * The grundmodel roles (the `responsibility_role` list) held centrally in the organisation, or for one of its
 * units, by its members; a contract's own responsibilities stay on the contract.
 */

function present(r: CentralRoleView): Api.CentralRole {
  return {
    id: r.id,
    role: r.role,
    userId: r.userId,
    name: r.name,
    unitId: r.unitId,
    unitName: r.unitName,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export async function listRoles(deps: Deps, caller: Caller, organisationId: string): Promise<Api.CentralRoleList> {
  requireOrganisation(caller, 'read', organisationId);
  return { items: (await listCentralRoles(deps.db, organisationId)).map(present) };
}

async function check(trx: Executor, organisationId: string, input: Api.UpdateCentralRoleRequest, currentRole: string | null) {
  await checkOption(trx, organisationId, 'responsibility_role', input.role, '/role', currentRole);
  if (input.userId !== undefined) await requireMember(trx, organisationId, input.userId);
  if (input.unitId && !(await getUnit(trx, organisationId, input.unitId)))
    throw invalidFields({ field: '/unitId', code: 'unknown_reference' });
}

async function roleOrThrow(db: Executor, organisationId: string, centralRoleId: string): Promise<Api.CentralRole> {
  const row = (await listCentralRoles(db, organisationId)).find((r) => r.id === centralRoleId);
  if (!row) throw new AppError('central_role_not_found');
  return present(row);
}

export async function createRole(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  input: Api.CreateCentralRoleRequest,
): Promise<Api.CentralRole> {
  requireOrganisation(caller, 'write', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    await check(trx, organisationId, input, null);
    const now = deps.clock.now().toISOString();
    const id = crypto.randomUUID();
    await insertAudited(trx, caller.audit, 'centralRoles', {
      id,
      organisationId,
      role: input.role,
      userId: input.userId,
      unitId: input.unitId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    return roleOrThrow(trx, organisationId, id);
  });
}

export async function updateRole(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  centralRoleId: string,
  input: Api.UpdateCentralRoleRequest,
): Promise<Api.CentralRole> {
  requireOrganisation(caller, 'write', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    const current = await findByKey(trx, 'centralRoles', { id: centralRoleId, organisationId });
    if (!current) throw new AppError('central_role_not_found');
    await check(trx, organisationId, input, current.role);
    await updateAudited(trx, caller.audit, 'centralRoles', { id: centralRoleId, organisationId }, input);
    return roleOrThrow(trx, organisationId, centralRoleId);
  });
}

export async function deleteRole(deps: Deps, caller: Caller, organisationId: string, centralRoleId: string): Promise<void> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    if (!(await deleteAudited(trx, caller.audit, 'centralRoles', { id: centralRoleId, organisationId })))
      throw new AppError('central_role_not_found');
  });
}
