import type * as Api from '@overblik/api';
import { type CalendarDate, type Clock, contractDeadlines, contractStatus } from '@overblik/core';
import {
  type Contract,
  deleteAudited,
  type Executor,
  getContract as getContractRow,
  getContractSummaries,
  insertAuditedMany,
  listActivityIdsOf,
  listChildContracts,
  listContractOptions,
  listContractResponsibilities,
  listContracts as listContractRows,
  listPriceElements,
  toContract,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { deleteActivitiesIn } from '../activities/activities.js';
import { syncDerivedActivities, syncDerivedActivitiesOf } from '../activities/derived-activities.js';
import { requireOrganisation } from '../authorize.js';
import { deleteDocumentsOf } from '../documents/remove-documents.js';
import { removeCollaborationOf } from '../governance/remove-collaboration.js';
import { distinctBy } from '../group-by.js';
import { present } from '../present.js';
import { indexContract, indexContracts, unindex } from '../search/search-index.js';
import { deleteSegmentPlacementsOf } from '../segments/segments.js';
import {
  type ContractState,
  checkContract,
  checkResponsibilities,
  contractValuesOf,
  deadlineTermsOf,
  defaultContractState,
  type RegisterLookup,
  registerLookup,
  stateOf,
  withDerived,
} from './contract-values.js';
import { doublePurchasesOf } from './double-purchases.js';

export async function listContracts(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.ContractQuery,
): Promise<Api.ContractPage> {
  requireOrganisation(caller, 'read', organisationId);
  const day = deps.clock.today();
  const { items, total } = await listContractRows(
    deps.db,
    organisationId,
    {
      ...(query.q && { q: query.q }),
      ...(query.supplierId && { supplierId: query.supplierId }),
      ...(query.contractType && { contractType: query.contractType }),
      ...(query.status && { status: query.status }),
      ...(query.responsibleUserId && { responsibleUserId: query.responsibleUserId }),
      ...(query.unitId && { unitId: query.unitId }),
      ...(query.agreementElement && { agreementElement: query.agreementElement }),
      ...(query.tag && { tag: query.tag }),
      ...(query.endsWithinDays !== undefined && { endsWithinDays: query.endsWithinDays }),
      ...(query.noticeWithinDays !== undefined && { noticeWithinDays: query.noticeWithinDays }),
      ...(query.parentId && { parentId: query.parentId }),
      ...(query.changedSince && { changedSince: new Date(query.changedSince).toISOString() }),
      ...(query.sort && { sort: query.sort }),
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
    },
    day,
  );
  return { items: await presentContracts(deps.db, organisationId, items, day), total };
}

export async function getContract(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  contractId: string,
): Promise<Api.ContractDetails> {
  requireOrganisation(caller, 'read', organisationId);
  const day = deps.clock.today();
  const contract = await contractOrThrow(deps.db, organisationId, contractId);
  const [presented] = await presentContracts(deps.db, organisationId, [contract], day);
  const parent = contract.parentId ? await getContractSummaries(deps.db, organisationId, [contract.parentId]) : [];
  const children = await listChildContracts(deps.db, organisationId, contractId);
  const all = { limit: 10_000, offset: 0, contractId };
  const priceElements = await listPriceElements(deps.db, organisationId, all);
  const options = await listContractOptions(deps.db, organisationId, all);
  const warnings = await doublePurchasesOf(deps.db, organisationId, day, contractId);
  const deadlines = contractDeadlines(deadlineTermsOf(stateOf(contract)), options.items, day);
  return {
    ...(presented as Api.Contract),
    parent: parent[0] ? present.contractSummary(parent[0], day) : null,
    children: children.map((c) => present.contractSummary(c, day)),
    priceElements: priceElements.items.map(present.priceElement),
    options: options.items.map(present.contractOption),
    doublePurchaseWarnings: warnings,
    optionDeadlines: deadlines.optionDeadlines,
    deadlineExplanation: deadlines.explanation,
  };
}

export async function createContract(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  input: Api.CreateContractRequest,
): Promise<Api.Contract> {
  requireOrganisation(caller, 'write', organisationId);
  const contract = await deps.db.transaction().execute((trx) => createContractIn(trx, caller, organisationId, input));
  const [presented] = await presentContracts(deps.db, organisationId, [contract], deps.clock.today());
  return presented as Api.Contract;
}

/** Checks and writes a new contract in the caller's transaction (shared by the API and the import). */
export async function createContractIn(
  trx: Executor,
  caller: Caller,
  organisationId: string,
  input: Api.CreateContractRequest,
  lookup?: RegisterLookup,
): Promise<Contract> {
  const state = await checkNewContract(trx, organisationId, input, caller.audit.clock, lookup);
  return insertContract(trx, caller, state, input.responsibilities ?? []);
}

/**
 * Every rule a new contract must meet, without writing it (an import's dry run stops here); its state, as of
 * the clock's now and today.
 */
export async function checkNewContract(
  db: Executor,
  organisationId: string,
  input: Api.CreateContractRequest,
  clock: Clock,
  lookup: RegisterLookup = registerLookup(db, organisationId),
): Promise<ContractState> {
  const state = defaultContractState(organisationId, contractValuesOf(input), clock);
  await checkContract(lookup, state, null);
  if (input.responsibilities) await checkResponsibilities(lookup, input.responsibilities, []);
  return state;
}

/** Writes a checked new contract and its responsibilities (audited) and returns it as read back. */
export async function insertContract(
  trx: Executor,
  caller: Caller,
  state: ContractState,
  responsibilities: readonly Api.ContractResponsibilityInput[],
): Promise<Contract> {
  await insertContracts(trx, caller, [{ state, responsibilities }]);
  return (await getContractRow(trx, state.organisationId, state.id)) as Contract;
}

/**
 * Writes checked new contracts of one organisation with their responsibilities, derived activities and search
 * texts, each audited, in a few multi-row statements for them all (an import writes its new contracts so, a
 * batch at a time). A main contract must come before the tillæg under it. `between` is awaited between the
 * statements (an import hands the event loop back there: on SQLite a statement blocks the request thread).
 */
export async function insertContracts(
  trx: Executor,
  caller: Caller,
  contracts: ReadonlyArray<{ state: ContractState; responsibilities: readonly Api.ContractResponsibilityInput[] }>,
  between: () => Promise<void> = async () => {},
): Promise<void> {
  const organisationId = contracts[0]?.state.organisationId;
  if (organisationId === undefined) return;
  const rows = await insertAuditedMany(
    trx,
    caller.audit,
    'contracts',
    contracts.map((c) => c.state),
  );
  await between();
  const now = caller.audit.clock.now().toISOString();
  await insertAuditedMany(
    trx,
    caller.audit,
    'contractResponsibilities',
    contracts.flatMap(({ state, responsibilities }) => responsibilityRows(organisationId, state.id, responsibilities, now)),
  );
  const day = caller.audit.clock.today();
  await syncDerivedActivitiesOf(
    trx,
    caller.audit,
    contracts.map(({ state }) => ({ contract: state, options: [], existing: [] })),
    day,
  );
  await between();
  await indexContracts(
    trx,
    organisationId,
    rows.map((row) => toContract({ ...row, supplierName: null })),
  );
}

/** PATCH semantics: fields left out stay; `null` clears; lists (responsibilities, tags …) are replaced whole. */
export async function updateContract(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  contractId: string,
  input: Api.UpdateContractRequest,
): Promise<Api.Contract> {
  requireOrganisation(caller, 'write', organisationId);
  const contract = await deps.db.transaction().execute(async (trx) => {
    const current = await contractOrThrow(trx, organisationId, contractId);
    return applyContractChange(trx, caller, current, input);
  });
  const [presented] = await presentContracts(deps.db, organisationId, [contract], deps.clock.today());
  return presented as Api.Contract;
}

/** Checks and writes a change to an existing contract (shared by the API and the import). */
export async function applyContractChange(
  trx: Executor,
  caller: Caller,
  current: Contract,
  input: Api.UpdateContractRequest,
  lookup?: RegisterLookup,
): Promise<Contract> {
  const organisationId = current.organisationId;
  const { before, next, options } = await checkContractChange(trx, current, input, caller.audit.clock, lookup);
  const patch = changedColumns(before, next);
  if (Object.keys(patch).length > 0)
    await updateAudited(trx, caller.audit, 'contracts', { id: current.id, organisationId }, patch);
  if (input.responsibilities) await syncResponsibilities(trx, caller, organisationId, current.id, input.responsibilities);
  await syncDerivedActivities(trx, caller.audit, next, options.items, caller.audit.clock.today());
  const contract = (await getContractRow(trx, organisationId, current.id)) as Contract;
  if (Object.keys(patch).length > 0) await indexContract(trx, contract);
  return contract;
}

/** Every rule a change to a contract must meet, without writing it (an import's dry run stops here). */
export async function checkContractChange(
  db: Executor,
  current: Contract,
  input: Api.UpdateContractRequest,
  clock: Clock,
  lookup: RegisterLookup = registerLookup(db, current.organisationId),
): Promise<{ before: ContractState; next: ContractState; options: Awaited<ReturnType<typeof listContractOptions>> }> {
  const organisationId = current.organisationId;
  const before = stateOf(current);
  const options = await listContractOptions(db, organisationId, { contractId: current.id, limit: 10_000, offset: 0 });
  const next = withDerived({ ...before, ...contractValuesOf(input) } as ContractState, options.items, clock.today());
  await checkContract(lookup, next, before);
  if (input.responsibilities) {
    const currentResponsibilities = await listContractResponsibilities(db, organisationId, [current.id]);
    await checkResponsibilities(lookup, input.responsibilities, currentResponsibilities);
  }
  return { before, next, options };
}

/** Recomputes a contract's derived end after its options changed; audited when it moves. */
export async function refreshContractEnd(trx: Executor, caller: Caller, organisationId: string, contractId: string) {
  const current = await contractOrThrow(trx, organisationId, contractId);
  const options = await listContractOptions(trx, organisationId, { contractId, limit: 10_000, offset: 0 });
  const day = caller.audit.clock.today();
  const next = withDerived(stateOf(current), options.items, day);
  const patch = changedColumns(stateOf(current), next);
  if (Object.keys(patch).length > 0)
    await updateAudited(trx, caller.audit, 'contracts', { id: contractId, organisationId }, patch);
  await syncDerivedActivities(trx, caller.audit, next, options.items, day);
}

function changedColumns(before: ContractState, next: ContractState): Partial<ContractState> {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (key === 'updatedAt' || key === 'createdAt') continue;
    if (before[key as keyof ContractState] !== value) patch[key] = value;
  }
  return patch as Partial<ContractState>;
}

/** Makes the contract's responsibilities exactly the given list: removes the others, adds the new, each audited. */
async function syncResponsibilities(
  trx: Executor,
  caller: Caller,
  organisationId: string,
  contractId: string,
  wanted: readonly Api.ContractResponsibilityInput[],
) {
  const current = await listContractResponsibilities(trx, organisationId, [contractId]);
  const wantedKeys = new Set(wanted.map(responsibilityKey));
  const currentKeys = new Set(current.map(responsibilityKey));
  for (const r of current) {
    if (!wantedKeys.has(responsibilityKey(r)))
      await deleteAudited(trx, caller.audit, 'contractResponsibilities', { id: r.id, organisationId });
  }
  const added = wanted.filter((r) => !currentKeys.has(responsibilityKey(r)));
  const rows = responsibilityRows(organisationId, contractId, added, caller.audit.clock.now().toISOString());
  await insertAuditedMany(trx, caller.audit, 'contractResponsibilities', rows);
}

const responsibilityKey = (r: { role: string; userId: string }) => `${r.role}:${r.userId}`;

/** New responsibility rows of a contract: each role and person once, in the order given. */
function responsibilityRows(
  organisationId: string,
  contractId: string,
  responsibilities: readonly Api.ContractResponsibilityInput[],
  now: string,
) {
  return distinctBy(responsibilities, responsibilityKey).map((r) => ({
    id: crypto.randomUUID(),
    organisationId,
    contractId,
    role: r.role,
    userId: r.userId,
    createdAt: now,
    updatedAt: now,
  }));
}

/** Deletes a contract with its responsibilities, price elements and options, each deletion audited. */
export async function deleteContract(deps: Deps, caller: Caller, organisationId: string, contractId: string): Promise<void> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    await contractOrThrow(trx, organisationId, contractId);
    if ((await listChildContracts(trx, organisationId, contractId)).length > 0) throw new AppError('contract_has_children');
    const all = { contractId, limit: 100_000, offset: 0 };
    await deleteDocumentsOf(trx, caller, organisationId, { contractId });
    await removeCollaborationOf(trx, caller, organisationId, { contractId });
    await deleteActivitiesIn(trx, caller, organisationId, await listActivityIdsOf(trx, organisationId, { contractId }));
    await deleteSegmentPlacementsOf(trx, caller, organisationId, { contractId });
    for (const r of await listContractResponsibilities(trx, organisationId, [contractId]))
      await deleteAudited(trx, caller.audit, 'contractResponsibilities', { id: r.id, organisationId });
    for (const p of (await listPriceElements(trx, organisationId, all)).items) {
      await deleteAudited(trx, caller.audit, 'priceElements', { id: p.id, organisationId });
      await unindex(trx, organisationId, 'price_element', p.id);
    }
    for (const o of (await listContractOptions(trx, organisationId, all)).items)
      await deleteAudited(trx, caller.audit, 'contractOptions', { id: o.id, organisationId });
    await deleteAudited(trx, caller.audit, 'contracts', { id: contractId, organisationId });
    await unindex(trx, organisationId, 'contract', contractId);
  });
}

export async function contractOrThrow(db: Executor, organisationId: string, contractId: string): Promise<Contract> {
  const contract = await getContractRow(db, organisationId, contractId);
  if (!contract) throw new AppError('contract_not_found');
  return contract;
}

/** Contracts as the API shows them, with their responsibilities (one query for the whole page) and status. */
export async function presentContracts(
  db: Executor,
  organisationId: string,
  contracts: readonly Contract[],
  day: CalendarDate,
): Promise<Api.Contract[]> {
  const responsibilities = await listContractResponsibilities(
    db,
    organisationId,
    contracts.map((c) => c.id),
  );
  return contracts.map((c) =>
    present.contract(
      c,
      responsibilities.filter((r) => r.contractId === c.id),
      contractStatus(c, day),
    ),
  );
}
