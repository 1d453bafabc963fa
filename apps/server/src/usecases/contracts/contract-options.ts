import type * as Api from '@overblik/api';
import { CONTRACT_OPTION_FIELDS, type ContractOptionPlainField } from '@overblik/core';
import {
  type ContractOptionRow,
  deleteAudited,
  type Executor,
  getContractOption,
  insertAudited,
  listContractOptions as listOptionRows,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError, type FieldError, invalidFields } from '../../errors/app-error.js';
import { requireOrganisation } from '../authorize.js';
import { storedDefaultsOf, storedValuesOf } from '../fields.js';
import { present } from '../present.js';
import { contractOrThrow, refreshContractEnd } from './contracts.js';

export async function listContractOptions(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.ChildListQuery,
): Promise<Api.ContractOptionPage> {
  requireOrganisation(caller, 'read', organisationId);
  const { items, total } = await listOptionRows(deps.db, organisationId, {
    ...(query.contractId && { contractId: query.contractId }),
    ...(query.changedSince && { changedSince: new Date(query.changedSince).toISOString() }),
    limit: query.limit ?? 200,
    offset: query.offset ?? 0,
  });
  return { items: items.map(present.contractOption), total };
}

/** Adds an option; an exercised extension moves the contract's end (recomputed in the same transaction). */
export async function createContractOption(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  contractId: string,
  input: Api.CreateContractOptionRequest,
): Promise<Api.ContractOption> {
  requireOrganisation(caller, 'write', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    await contractOrThrow(trx, organisationId, contractId);
    const now = deps.clock.now().toISOString();
    const values: ContractOptionRow = {
      id: crypto.randomUUID(),
      organisationId,
      contractId,
      kind: input.kind,
      ...OPTION_DEFAULTS,
      createdAt: now,
      updatedAt: now,
      ...valuesOf(input),
    };
    checkOptionValues(values);
    const row = await insertAudited(trx, caller.audit, 'contractOptions', values);
    await refreshContractEnd(trx, caller, organisationId, contractId);
    return present.contractOption(row);
  });
}

export async function updateContractOption(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  contractId: string,
  optionId: string,
  input: Api.UpdateContractOptionRequest,
): Promise<Api.ContractOption> {
  requireOrganisation(caller, 'write', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    const current = await optionOrThrow(trx, organisationId, contractId, optionId);
    const patch = valuesOf(input);
    checkOptionValues({ ...current, ...patch });
    const row = await updateAudited(trx, caller.audit, 'contractOptions', { id: optionId, organisationId }, patch);
    if (!row) throw new AppError('contract_option_not_found');
    await refreshContractEnd(trx, caller, organisationId, contractId);
    return present.contractOption(row);
  });
}

export async function deleteContractOption(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  contractId: string,
  optionId: string,
): Promise<void> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    await optionOrThrow(trx, organisationId, contractId, optionId);
    await deleteAudited(trx, caller.audit, 'contractOptions', { id: optionId, organisationId });
    await refreshContractEnd(trx, caller, organisationId, contractId);
  });
}

async function optionOrThrow(db: Executor, organisationId: string, contractId: string, optionId: string) {
  const row = await getContractOption(db, organisationId, contractId, optionId);
  if (!row) throw new AppError('contract_option_not_found');
  return row;
}

/** A new option's fields (packages/core CONTRACT_OPTION_FIELDS) as stored when the request says nothing; not its kind. */
const OPTION_DEFAULTS = storedDefaultsOf(CONTRACT_OPTION_FIELDS) as Pick<
  ContractOptionRow,
  Exclude<ContractOptionPlainField, 'kind'>
>;

/** The request's fields as stored, by their kind (the description trimmed, blank is none). */
function valuesOf(input: Api.UpdateContractOptionRequest): Partial<ContractOptionRow> {
  return storedValuesOf(CONTRACT_OPTION_FIELDS, input) as Partial<ContractOptionRow>;
}

/**
 * An extension option has a number of periods and their length; a purchase option has neither. No more
 * periods can be exercised than there are (a purchase: one).
 */
function checkOptionValues(o: ContractOptionRow) {
  const errors: FieldError[] = [];
  if (o.kind === 'extension') {
    if (o.periods === null) errors.push({ field: '/periods', code: 'required' });
    if (o.periodMonths === null) errors.push({ field: '/periodMonths', code: 'required' });
  } else {
    if (o.periods !== null) errors.push({ field: '/periods', code: 'not_allowed' });
    if (o.periodMonths !== null) errors.push({ field: '/periodMonths', code: 'not_allowed' });
  }
  const max = o.kind === 'extension' ? (o.periods ?? 0) : 1;
  if (o.exercisedPeriods > max) errors.push({ field: '/exercisedPeriods', code: 'out_of_range' });
  if (o.exercisedOn && o.exercisedPeriods === 0) errors.push({ field: '/exercisedOn', code: 'not_allowed' });
  if (errors.length > 0) throw invalidFields(...errors);
}
