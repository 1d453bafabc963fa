import type * as Api from '@overblik/api';
import { cvrProblem, visibleOrganisations } from '@overblik/core';
import { getOrganisation as getRow, insertAudited, listOrganisations as listRows, updateAudited } from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { requireOrganisation, requireSystemAdmin } from '../authorize.js';
import { present } from '../present.js';

/** A system administrator sees every organisation; anyone else the ones they belong to. */
export async function listOrganisations(
  deps: Deps,
  caller: Caller,
  query: { kind?: Api.Organisation['kind']; q?: string },
): Promise<Api.Organisation[]> {
  const rows = await listRows(deps.db, { ids: visibleOrganisations(caller.actor), ...query });
  return rows.map(present.organisation);
}

export async function getOrganisation(deps: Deps, caller: Caller, organisationId: string): Promise<Api.Organisation> {
  requireOrganisation(caller, 'read', organisationId);
  const row = await getRow(deps.db, organisationId);
  if (!row) throw new AppError('organisation_not_found');
  return present.organisation(row);
}

export async function createOrganisation(
  deps: Deps,
  caller: Caller,
  input: Api.CreateOrganisationRequest,
): Promise<Api.Organisation> {
  requireSystemAdmin(caller);
  checkCvr(input.cvr);
  const now = deps.clock.now().toISOString();
  const row = await deps.db.transaction().execute((trx) =>
    insertAudited(trx, caller.audit, 'organisations', {
      id: crypto.randomUUID(),
      kind: input.kind,
      name: input.name.trim(),
      municipalityCode: null,
      cvr: input.cvr ?? null,
      region: input.region ?? null,
      createdAt: now,
      updatedAt: now,
    }),
  );
  return present.organisation(row);
}

export async function updateOrganisation(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  input: Api.UpdateOrganisationRequest,
): Promise<Api.Organisation> {
  requireSystemAdmin(caller);
  checkCvr(input.cvr);
  const row = await deps.db.transaction().execute((trx) =>
    updateAudited(
      trx,
      caller.audit,
      'organisations',
      { id: organisationId },
      {
        ...(input.name !== undefined && { name: input.name.trim() }),
        ...(input.cvr !== undefined && { cvr: input.cvr }),
        ...(input.region !== undefined && { region: input.region }),
      },
    ),
  );
  if (!row) throw new AppError('organisation_not_found');
  return present.organisation(row);
}

function checkCvr(cvr: string | null | undefined) {
  if (cvr && cvrProblem(cvr) === 'checksum') throw invalidFields({ field: '/cvr', code: 'cvr_checksum' });
}
