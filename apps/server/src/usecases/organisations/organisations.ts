import type * as Api from '@overblik/api';
import { cvrProblem, visibleOrganisations } from '@overblik/core';
import {
  type AuditActor,
  type Executor,
  getOrganisation as getRow,
  insertAudited,
  listOrganisations as listRows,
  readMunicipalities,
  updateAudited,
} from '@overblik/db';
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
  const row = await deps.db.transaction().execute((trx) => insertOrganisation(trx, caller.audit, input));
  return present.organisation(row);
}

/** A new organisation, audited, in the caller's transaction (a system administrator's, or the first start's). */
function insertOrganisation(
  trx: Executor,
  audit: AuditActor,
  input: Api.CreateOrganisationRequest | { kind: 'kommune'; name: string; municipalityCode: string; cvr: string; region: string },
) {
  const now = audit.clock.now().toISOString();
  return insertAudited(trx, audit, 'organisations', {
    id: crypto.randomUUID(),
    kind: input.kind,
    name: input.name.trim(),
    municipalityCode: 'municipalityCode' in input ? input.municipalityCode : null,
    cvr: input.cvr ?? null,
    region: input.region ?? null,
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * The first administrator's own organisation, chosen at the first start: a municipality by its code (present
 * from the first migration; made from the shipped list should it be missing) or a joint organisation by name
 * (the existing one of that name, else a new one). An unknown code is a field error.
 */
export async function organisationChosenAtSetup(
  trx: Executor,
  audit: AuditActor,
  choice: NonNullable<Api.CompleteSetupRequest['organisation']>,
): Promise<string> {
  if ('municipalityCode' in choice) {
    const code = choice.municipalityCode;
    const existing = (await listRows(trx, { ids: 'all', kind: 'kommune', q: code })).find((o) => o.municipalityCode === code);
    if (existing) return existing.id;
    const shipped = readMunicipalities().find((m) => m.code === code);
    if (!shipped) throw invalidFields({ field: '/organisation/municipalityCode', code: 'unknown_reference' });
    return (await insertOrganisation(trx, audit, { kind: 'kommune', ...shipped, municipalityCode: code })).id;
  }
  const name = choice.jointName.trim();
  const lower = name.toLocaleLowerCase('da');
  const existing = (await listRows(trx, { ids: 'all', kind: 'fællesskab', q: name })).find(
    (o) => o.name.toLocaleLowerCase('da') === lower,
  );
  return existing?.id ?? (await insertOrganisation(trx, audit, { kind: 'fællesskab', name })).id;
}

/** The municipalities a first administrator may choose as their own (`GET /auth/setup/…`, bootstrap). */
export async function municipalityChoices(db: Executor): Promise<Array<{ code: string; name: string }>> {
  return (await listRows(db, { ids: 'all', kind: 'kommune' }))
    .filter((o) => o.municipalityCode !== null)
    .map((o) => ({ code: o.municipalityCode as string, name: o.name }));
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
