import type * as Api from '@overblik/api';
import { type Clock, canonicalDecimal, PRICE_ELEMENT_FIELDS, type PriceElementPlainField } from '@overblik/core';
import {
  deleteAudited,
  type Executor,
  getPriceElement,
  insertAudited,
  listPriceElements as listPriceElementRows,
  listUnits,
  type PriceElement,
  type PriceElementRow,
  updateAudited,
} from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { AppError, type FieldError, invalidFields } from '../../errors/app-error.js';
import { requireOrganisation } from '../authorize.js';
import { storedDefaultsOf, storedValuesOf } from '../fields.js';
import { present } from '../present.js';
import { indexPriceElement, unindex } from '../search/search-index.js';
import { contractOrThrow } from './contracts.js';

export async function listPriceElements(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.ChildListQuery,
): Promise<Api.PriceElementPage> {
  requireOrganisation(caller, 'read', organisationId);
  const { items, total } = await listPriceElementRows(deps.db, organisationId, {
    ...(query.contractId && { contractId: query.contractId }),
    ...(query.changedSince && { changedSince: new Date(query.changedSince).toISOString() }),
    limit: query.limit ?? 200,
    offset: query.offset ?? 0,
  });
  return { items: items.map(present.priceElement), total };
}

export async function createPriceElement(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  contractId: string,
  input: Api.CreatePriceElementRequest,
): Promise<Api.PriceElement> {
  requireOrganisation(caller, 'write', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    await contractOrThrow(trx, organisationId, contractId);
    const row = await insertPriceElement(trx, caller, organisationId, contractId, input);
    return present.priceElement(row);
  });
}

/** Checks and writes a new price element of a contract (shared by the API and the import). */
export async function insertPriceElement(
  trx: Executor,
  caller: Caller,
  organisationId: string,
  contractId: string,
  input: Api.CreatePriceElementRequest,
): Promise<PriceElement> {
  const values = await checkNewPriceElement(trx, organisationId, contractId, input, caller.audit.clock);
  const element = priceElementOf(await insertAudited(trx, caller.audit, 'priceElements', values));
  await indexPriceElement(trx, element);
  return element;
}

/** A price element's row as the register hands it out (paying units as a list). */
export function priceElementOf(row: PriceElementRow): PriceElement {
  return { ...row, payingUnitIds: JSON.parse(row.payingUnitIds) as string[] };
}

/** Every rule a new price element must meet, without writing it (an import's dry run stops here); its row. */
export async function checkNewPriceElement(
  db: Executor,
  organisationId: string,
  contractId: string,
  input: Api.CreatePriceElementRequest,
  clock: Clock,
): Promise<PriceElementRow> {
  const now = clock.now().toISOString();
  const values: PriceElementRow = {
    id: crypto.randomUUID(),
    organisationId,
    contractId,
    ...PLAIN_DEFAULTS,
    name: input.name.trim(),
    unitCode: 'EA',
    unitPrice: canonicalDecimal(input.unitPrice),
    payingUnitIds: '[]',
    createdAt: now,
    updatedAt: now,
    ...valuesOf(input),
  };
  await checkPriceElement(db, values, null);
  return values;
}

export async function updatePriceElement(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  contractId: string,
  priceElementId: string,
  input: Api.UpdatePriceElementRequest,
): Promise<Api.PriceElement> {
  requireOrganisation(caller, 'write', organisationId);
  return deps.db.transaction().execute(async (trx) => {
    const current = await priceElementOrThrow(trx, organisationId, contractId, priceElementId);
    return present.priceElement(await applyPriceElementChange(trx, caller, current, input));
  });
}

export async function applyPriceElementChange(
  trx: Executor,
  caller: Caller,
  current: PriceElement,
  input: Api.UpdatePriceElementRequest,
): Promise<PriceElement> {
  const patch = await checkPriceElementChange(trx, current, input);
  if (Object.keys(patch).length === 0) return current;
  const row = await updateAudited(
    trx,
    caller.audit,
    'priceElements',
    { id: current.id, organisationId: current.organisationId },
    patch,
  );
  if (!row) throw new AppError('price_element_not_found');
  const element = { ...row, payingUnitIds: JSON.parse(row.payingUnitIds) as string[] };
  await indexPriceElement(trx, element);
  return element;
}

/** Every rule a change to a price element must meet, without writing it; the columns that change. */
export async function checkPriceElementChange(
  db: Executor,
  current: PriceElement,
  input: Api.UpdatePriceElementRequest,
): Promise<Partial<PriceElementRow>> {
  const before: PriceElementRow = { ...current, payingUnitIds: JSON.stringify(current.payingUnitIds) };
  const patch = Object.fromEntries(
    Object.entries(valuesOf(input)).filter(([key, value]) => before[key as keyof PriceElementRow] !== value),
  ) as Partial<PriceElementRow>;
  if (Object.keys(patch).length > 0) await checkPriceElement(db, { ...before, ...patch }, before);
  return patch;
}

export async function deletePriceElement(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  contractId: string,
  priceElementId: string,
): Promise<void> {
  requireOrganisation(caller, 'write', organisationId);
  await deps.db.transaction().execute(async (trx) => {
    await priceElementOrThrow(trx, organisationId, contractId, priceElementId);
    await deleteAudited(trx, caller.audit, 'priceElements', { id: priceElementId, organisationId });
    await unindex(trx, organisationId, 'price_element', priceElementId);
  });
}

async function priceElementOrThrow(db: Executor, organisationId: string, contractId: string, priceElementId: string) {
  const row = await getPriceElement(db, organisationId, contractId, priceElementId);
  if (!row) throw new AppError('price_element_not_found');
  return row;
}

/** A new price element's plain fields (packages/core PRICE_ELEMENT_FIELDS) as stored, when the request says nothing. */
const PLAIN_DEFAULTS = storedDefaultsOf(PRICE_ELEMENT_FIELDS) as Pick<PriceElementRow, PriceElementPlainField>;

/** The request's fields as stored: the plain ones by their kind, then the others. */
function valuesOf(input: Api.UpdatePriceElementRequest): Partial<PriceElementRow> {
  const out = storedValuesOf(PRICE_ELEMENT_FIELDS, input) as Partial<PriceElementRow>;
  if (input.name !== undefined) out.name = input.name.trim();
  if (input.unitCode !== undefined) out.unitCode = input.unitCode;
  if (input.unitPrice !== undefined) out.unitPrice = canonicalDecimal(input.unitPrice);
  if (input.payingUnitIds !== undefined) out.payingUnitIds = JSON.stringify(input.payingUnitIds);
  return out;
}

async function checkPriceElement(trx: Executor, next: PriceElementRow, current: PriceElementRow | null) {
  const errors: FieldError[] = [];
  if (next.validFrom && next.validTo && next.validTo < next.validFrom) errors.push({ field: '/validTo', code: 'date_order' });
  if (next.unitPrice.startsWith('-')) errors.push({ field: '/unitPrice', code: 'out_of_range' });
  if (next.quantity?.startsWith('-')) errors.push({ field: '/quantity', code: 'out_of_range' });
  if (next.payingUnitIds !== current?.payingUnitIds) {
    const units = new Set((await listUnits(trx, next.organisationId)).map((u) => u.id));
    for (const [index, id] of (JSON.parse(next.payingUnitIds) as string[]).entries()) {
      if (!units.has(id)) errors.push({ field: `/payingUnitIds/${index}`, code: 'unknown_reference' });
    }
  }
  if (errors.length > 0) throw invalidFields(...errors);
  if (next.number && next.number !== current?.number) {
    const taken = await listPriceElementRows(trx, next.organisationId, { contractId: next.contractId, limit: 10_000, offset: 0 });
    if (taken.items.some((p) => p.number === next.number && p.id !== next.id)) throw new AppError('price_element_number_taken');
  }
}
