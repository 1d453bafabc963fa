import type * as Api from '@overblik/api';
import { isValidGln, wouldCreateCycle } from '@overblik/core';
import {
  countChildUnits,
  countUnitUses,
  deleteAudited,
  type Executor,
  getUnit,
  insertAudited,
  listUnits as listUnitRows,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { requireOrganisation } from '../authorize.js';
import { present } from '../present.js';

export async function listUnits(deps: Deps, caller: Caller, organisationId: string): Promise<Api.Unit[]> {
  requireOrganisation(caller, 'read', organisationId);
  return (await listUnitRows(deps.db, organisationId)).map(present.unit);
}

/** Units are the organisation's structure (forvaltninger, centre), so changing them is an administrator's task. */
export async function createUnit(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  input: Api.CreateUnitRequest,
): Promise<Api.Unit> {
  requireOrganisation(caller, 'admin', organisationId);
  checkEan(input.ean);
  const row = await deps.db.transaction().execute(async (trx) => {
    await checkParent(trx, organisationId, input.parentId ?? null);
    return insertUnit(trx, caller, organisationId, input);
  });
  return present.unit(row);
}

/**
 * Writes a new unit (audited) in the caller's transaction; its parent, if any, is checked by the caller. The
 * contract import creates the units its file names this way (at the top of the tree), once it has checked the
 * caller may (`admin`).
 */
export async function insertUnit(trx: Executor, caller: Caller, organisationId: string, input: Api.CreateUnitRequest) {
  const now = caller.audit.clock.now().toISOString();
  return insertAudited(trx, caller.audit, 'units', {
    id: crypto.randomUUID(),
    organisationId,
    parentId: input.parentId ?? null,
    name: input.name.trim(),
    ean: input.ean ?? null,
    createdAt: now,
    updatedAt: now,
  });
}

export async function updateUnit(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  unitId: string,
  input: Api.UpdateUnitRequest,
): Promise<Api.Unit> {
  requireOrganisation(caller, 'admin', organisationId);
  checkEan(input.ean);
  const row = await deps.db.transaction().execute(async (trx) => {
    if (!(await getUnit(trx, organisationId, unitId))) throw new AppError('unit_not_found');
    if (input.parentId !== undefined) {
      await checkParent(trx, organisationId, input.parentId);
      if (wouldCreateCycle(await listUnitRows(trx, organisationId), unitId, input.parentId)) throw new AppError('unit_cycle');
    }
    return updateAudited(
      trx,
      caller.audit,
      'units',
      { id: unitId, organisationId },
      {
        ...(input.name !== undefined && { name: input.name.trim() }),
        ...(input.parentId !== undefined && { parentId: input.parentId }),
        ...(input.ean !== undefined && { ean: input.ean }),
      },
    );
  });
  if (!row) throw new AppError('unit_not_found');
  return present.unit(row);
}

export async function deleteUnit(deps: Deps, caller: Caller, organisationId: string, unitId: string): Promise<void> {
  requireOrganisation(caller, 'admin', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    if ((await countChildUnits(trx, organisationId, unitId)) > 0) throw new AppError('unit_has_children');
    if ((await countUnitUses(trx, organisationId, unitId)) > 0) throw new AppError('unit_in_use');
    const deleted = await deleteAudited(trx, caller.audit, 'units', { id: unitId, organisationId });
    if (!deleted) throw new AppError('unit_not_found');
  });
}

async function checkParent(trx: Executor, organisationId: string, parentId: string | null) {
  if (parentId !== null && !(await getUnit(trx, organisationId, parentId))) {
    throw invalidFields({ field: '/parentId', code: 'parent_not_found' });
  }
}

function checkEan(ean: string | null | undefined) {
  if (ean && !isValidGln(ean)) throw invalidFields({ field: '/ean', code: 'gln_checksum' });
}
