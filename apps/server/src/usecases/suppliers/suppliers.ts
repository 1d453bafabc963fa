import type * as Api from '@overblik/api';
import {
  type CalendarDate,
  contractStatus,
  normaliseCvr,
  oreToDecimalString,
  remainingCommitment,
  SUPPLIER_FIELDS,
  type SupplierIdentityProblem,
  type SupplierPlainField,
  supplierIdentityProblems,
} from '@overblik/core';
import {
  countContractsOfSupplier,
  countMeetingsOfSupplier,
  deleteAudited,
  type Executor,
  findSupplierByCvr,
  getSupplier as getSupplierRow,
  insertAudited,
  listActivityIdsOf,
  listSupplierContacts,
  listSupplierContractEconomy,
  listSuppliers as listSupplierRows,
  type Supplier,
  type SupplierUpdate,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError, type FieldError, invalidFields } from '../../errors/app-error.js';
import type { FieldErrorCode } from '../../errors/catalog.js';
import { deleteActivitiesIn } from '../activities/activities.js';
import { requireOrganisation } from '../authorize.js';
import { deleteDocumentsOf } from '../documents/remove-documents.js';
import { deleteEscalationsOf } from '../escalations/escalations.js';
import { storedValuesOf } from '../fields.js';
import { removeCollaborationOf } from '../governance/remove-collaboration.js';
import { checkOption } from '../option-lists/option-lists.js';
import { present } from '../present.js';
import { indexSupplier, unindex } from '../search/search-index.js';
import { deleteSegmentPlacementsOf } from '../segments/segments.js';
import { blankFieldsToNull } from '../text.js';

export async function listSuppliers(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.SupplierQuery,
): Promise<Api.SupplierPage> {
  requireOrganisation(caller, 'read', organisationId);
  const { items, total } = await listSupplierRows(deps.db, organisationId, {
    ...(query.q && { q: query.q }),
    ...(query.classification && { classification: query.classification }),
    ...(query.country && { country: query.country }),
    ...(query.changedSince && { changedSince: new Date(query.changedSince).toISOString() }),
    ...(query.sort && { sort: query.sort }),
    limit: query.limit ?? 50,
    offset: query.offset ?? 0,
  });
  return { items: items.map(present.supplier), total };
}

export async function getSupplier(deps: Deps, caller: Caller, organisationId: string, supplierId: string) {
  requireOrganisation(caller, 'read', organisationId);
  const supplier = await supplierOrThrow(deps.db, organisationId, supplierId);
  const contacts = await listSupplierContacts(deps.db, organisationId, supplierId);
  return {
    ...present.supplier(supplier),
    contacts: contacts.map(present.contact),
    commitment: await supplierCommitment(deps.db, organisationId, supplierId, deps.clock.today()),
  };
}

export async function createSupplier(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  input: Api.CreateSupplierRequest,
): Promise<Api.Supplier> {
  requireOrganisation(caller, 'write', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    const values = normalise(input);
    await checkSupplier(trx, organisationId, { ...values, country: values.country ?? 'DK' }, null);
    const row = await insertSupplier(trx, caller, organisationId, { ...values, name: input.name.trim() });
    return present.supplier(row);
  });
}

/** PATCH semantics: fields left out stay as they are; `null` clears a field. */
export async function updateSupplier(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  supplierId: string,
  input: Api.UpdateSupplierRequest,
): Promise<Api.Supplier> {
  requireOrganisation(caller, 'write', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    const current = await supplierOrThrow(trx, organisationId, supplierId);
    const patch = normalise(input);
    await checkSupplier(trx, organisationId, { ...current, ...patch }, current);
    return present.supplier(await updateSupplierRow(trx, caller, organisationId, supplierId, patch));
  });
}

/** Deletes a supplier and its contacts, each deletion in the audit trail. */
export async function deleteSupplier(deps: Deps, caller: Caller, organisationId: string, supplierId: string): Promise<void> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    await supplierOrThrow(trx, organisationId, supplierId);
    if ((await countContractsOfSupplier(trx, organisationId, supplierId)) > 0) throw new AppError('supplier_has_contracts');
    if ((await countMeetingsOfSupplier(trx, organisationId, supplierId)) > 0) throw new AppError('supplier_has_meetings');
    await deleteDocumentsOf(trx, caller, organisationId, { supplierId });
    await deleteActivitiesIn(trx, caller, organisationId, await listActivityIdsOf(trx, organisationId, { supplierId }));
    await removeCollaborationOf(trx, caller, organisationId, { supplierId });
    await deleteSegmentPlacementsOf(trx, caller, organisationId, { supplierId });
    await deleteEscalationsOf(trx, caller, organisationId, supplierId);
    for (const contact of await listSupplierContacts(trx, organisationId, supplierId)) {
      await deleteAudited(trx, caller.audit, 'supplierContacts', { id: contact.id, organisationId });
      await unindex(trx, organisationId, 'contact', contact.id);
    }
    await deleteAudited(trx, caller.audit, 'suppliers', { id: supplierId, organisationId });
    await unindex(trx, organisationId, 'supplier', supplierId);
  });
}

/** Writes a new supplier (audited); fields not given are empty, the country defaults to DK. */
export async function insertSupplier(
  trx: Executor,
  caller: Caller,
  organisationId: string,
  values: Partial<Record<Exclude<keyof Api.CreateSupplierRequest, 'name'>, string | null>> & { name: string },
): Promise<Supplier> {
  const now = caller.audit.clock.now().toISOString();
  const row = await insertAudited(trx, caller.audit, 'suppliers', {
    id: crypto.randomUUID(),
    organisationId,
    name: values.name,
    country: values.country ?? 'DK',
    cvr: values.cvr ?? null,
    ...plainValues(values),
    createdAt: now,
    updatedAt: now,
  });
  await indexSupplier(trx, row);
  return row;
}

/** The plain fields (packages/core SUPPLIER_FIELDS) of a new supplier: what is given, else empty (all are text). */
function plainValues(values: Partial<Record<string, string | null>>): Record<SupplierPlainField, string | null> {
  return Object.fromEntries(
    Object.entries(SUPPLIER_FIELDS)
      .filter(([, spec]) => spec.kind !== 'custom')
      .map(([name]) => [name, values[name] ?? null]),
  ) as Record<SupplierPlainField, string | null>;
}

/** Writes a change to a supplier (audited) and keeps the search index in step. */
export async function updateSupplierRow(
  trx: Executor,
  caller: Caller,
  organisationId: string,
  supplierId: string,
  patch: SupplierUpdate,
): Promise<Supplier> {
  const row = await updateAudited(trx, caller.audit, 'suppliers', { id: supplierId, organisationId }, patch);
  if (!row) throw new AppError('supplier_not_found');
  await indexSupplier(trx, row);
  return row;
}

/** The field errors (codes of the error catalogue) for what is wrong with a supplier's identity. */
export function identityFieldErrors(
  problems: readonly SupplierIdentityProblem[],
): Array<{ field: 'cvr' | 'country'; code: FieldErrorCode }> {
  const codeOf = {
    required: 'required',
    format: 'invalid_format',
    checksum: 'cvr_checksum',
    not_for_foreign: 'cvr_not_for_foreign',
  } as const;
  return problems.map((p) => ({ field: p.field, code: p.field === 'country' ? 'invalid_format' : codeOf[p.problem] }));
}

export async function supplierOrThrow(db: Executor, organisationId: string, supplierId: string): Promise<Supplier> {
  const supplier = await getSupplierRow(db, organisationId, supplierId);
  if (!supplier) throw new AppError('supplier_not_found');
  return supplier;
}

type SupplierFields = Omit<Api.UpdateSupplierRequest, 'name'> & { name?: string };

/**
 * The request as stored: the plain fields by their kind (text trimmed, empty text is null); the name trimmed,
 * the CVR number without spaces or DK prefix.
 */
function normalise(input: SupplierFields): SupplierFields {
  const { name, country, cvr } = input;
  const out: SupplierFields = {
    ...blankFieldsToNull({ name, country, cvr }),
    ...(storedValuesOf(SUPPLIER_FIELDS, input) as Pick<SupplierFields, SupplierPlainField>),
  };
  if (out.cvr) out.cvr = normaliseCvr(out.cvr);
  return out;
}

async function checkSupplier(
  trx: Executor,
  organisationId: string,
  next: { country: string; cvr?: string | null; foreignId?: string | null; classification?: string | null },
  current: Supplier | null,
) {
  const problems = supplierIdentityProblems({ country: next.country, cvr: next.cvr ?? null, foreignId: next.foreignId ?? null });
  const errors: FieldError[] = identityFieldErrors(problems).map((e) => ({ field: `/${e.field}`, code: e.code }));
  if (errors.length > 0) throw invalidFields(...errors);
  await checkOption(
    trx,
    organisationId,
    'supplier_classification',
    next.classification,
    '/classification',
    current?.classification,
  );
  if (next.cvr && next.cvr !== current?.cvr) {
    const holder = await findSupplierByCvr(trx, organisationId, next.cvr);
    if (holder && holder.id !== current?.id) throw new AppError('supplier_cvr_taken');
  }
}

/**
 * What the organisation has committed to with a supplier: the expected annual cost of its active contracts
 * (in force, or under termination, today) and what is left of it until each one ends (`remainingCommitment`).
 * Contracts that run on without an end are counted apart; their remainder has no end to be computed to.
 */
async function supplierCommitment(
  db: Executor,
  organisationId: string,
  supplierId: string,
  today: CalendarDate,
): Promise<Api.SupplierCommitment> {
  const contracts = await listSupplierContractEconomy(db, organisationId, supplierId);
  const active = contracts.filter((c) => ['active', 'under_termination'].includes(contractStatus(c, today)));
  let annual = 0n;
  let remaining = 0n;
  let openEnded = 0;
  for (const c of active) {
    annual += c.annualCost ?? 0n;
    if (c.endsOn === null) openEnded += 1;
    else if (c.annualCost !== null) remaining += remainingCommitment(c.annualCost, today, c.endsOn);
  }
  return {
    contractCount: contracts.length,
    activeContractCount: active.length,
    annual: oreToDecimalString(annual),
    remaining: oreToDecimalString(remaining),
    remainingOpenEnded: openEnded,
  };
}
