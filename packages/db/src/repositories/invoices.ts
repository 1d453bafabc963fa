import type { CalendarDate } from '@overblik/core';
import { sql } from 'kysely';
import type { ContractRow, InvoiceLineRow, InvoiceRow, InvoiceStatus, PriceElementRow } from '../schema.js';
import { type Executor, forOrganisation } from '../tenant.js';

/** An invoice with the names it is listed with. */
export type InvoiceView = InvoiceRow & { contractNumber: string | null; contractName: string | null };

export type InvoiceFilter = {
  statuses?: readonly InvoiceStatus[] | undefined;
  kind?: 'invoice' | 'credit_note' | undefined;
  supplierId?: string | undefined;
  contractId?: string | undefined;
  outsideContract?: boolean | undefined;
  severity?: 'info' | 'warning' | 'error' | undefined;
  q?: string | undefined;
  from?: CalendarDate | undefined;
  to?: CalendarDate | undefined;
  limit: number;
  offset: number;
};

type Severity = 'info' | 'warning' | 'error';
const SEVERITY_AT_LEAST: Record<Severity, readonly Severity[]> = {
  info: ['info', 'warning', 'error'],
  warning: ['warning', 'error'],
  error: ['error'],
};

function invoiceQuery(db: Executor, organisationId: string) {
  return forOrganisation(db, organisationId)
    .selectFrom('invoices')
    .leftJoin('contracts', 'contracts.id', 'invoices.matchedContractId')
    .selectAll('invoices')
    .select(['contracts.number as contractNumber', 'contracts.name as contractName']);
}

export async function listInvoices(
  db: Executor,
  organisationId: string,
  filter: InvoiceFilter,
): Promise<{ items: InvoiceView[]; total: number }> {
  let query = forOrganisation(db, organisationId).selectFrom('invoices');
  if (filter.statuses) query = query.where('invoices.status', 'in', [...filter.statuses]);
  if (filter.kind) query = query.where('invoices.kind', '=', filter.kind);
  if (filter.supplierId) query = query.where('invoices.matchedSupplierId', '=', filter.supplierId);
  if (filter.contractId) query = query.where('invoices.matchedContractId', '=', filter.contractId);
  if (filter.outsideContract === true) query = query.where('invoices.matchedContractId', 'is', null);
  if (filter.outsideContract === false) query = query.where('invoices.matchedContractId', 'is not', null);
  if (filter.severity) query = query.where('invoices.maxSeverity', 'in', [...SEVERITY_AT_LEAST[filter.severity]]);
  if (filter.from) query = query.where('invoices.issueDate', '>=', filter.from);
  if (filter.to) query = query.where('invoices.issueDate', '<=', filter.to);
  if (filter.q) {
    const like = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(invoices.number)`, 'like', sql`${like} escape '\\'`),
        eb(sql`lower(coalesce(invoices.supplier_name, ''))`, 'like', sql`${like} escape '\\'`),
      ]),
    );
  }
  const ids = query.select('invoices.id');
  const [{ total } = { total: 0 }] = await query.select((eb) => eb.fn.countAll<number | string>().as('total')).execute();
  const items = await invoiceQuery(db, organisationId)
    .where('invoices.id', 'in', ids)
    .orderBy('invoices.issueDate', 'desc')
    .orderBy('invoices.createdAt', 'desc')
    .orderBy('invoices.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { items: items as InvoiceView[], total: Number(total) };
}

export async function getInvoice(db: Executor, organisationId: string, invoiceId: string): Promise<InvoiceView | undefined> {
  return (await invoiceQuery(db, organisationId).where('invoices.id', '=', invoiceId).executeTakeFirst()) as
    | InvoiceView
    | undefined;
}

export async function findInvoiceByHash(db: Executor, organisationId: string, sha256: string): Promise<InvoiceRow | undefined> {
  return forOrganisation(db, organisationId).selectFrom('invoices').selectAll().where('sha256', '=', sha256).executeTakeFirst();
}

/**
 * The earliest invoice from the same supplier (by CVR, else by name) with the same number and kind, received
 * before the given one (or at all, for one not yet stored): the first of the same invoice sent again with other
 * bytes. Only the later of two is the duplicate.
 */
export async function findSameNumberInvoice(
  db: Executor,
  organisationId: string,
  key: {
    supplierCvr: string | null;
    supplierName: string | null;
    number: string;
    kind: InvoiceRow['kind'];
    receivedBefore: { id: string; createdAt: string } | null;
  },
): Promise<Pick<InvoiceRow, 'id' | 'number'> | undefined> {
  let query = forOrganisation(db, organisationId)
    .selectFrom('invoices')
    .select(['id', 'number'])
    .where('number', '=', key.number)
    .where('kind', '=', key.kind);
  if (key.supplierCvr) query = query.where('supplierCvr', '=', key.supplierCvr);
  else if (key.supplierName) query = query.where('supplierCvr', 'is', null).where('supplierName', '=', key.supplierName);
  else return undefined;
  const before = key.receivedBefore;
  if (before)
    query = query.where((eb) =>
      eb.or([eb('createdAt', '<', before.createdAt), eb.and([eb('createdAt', '=', before.createdAt), eb('id', '<', before.id)])]),
    );
  return query.orderBy('createdAt').orderBy('id').limit(1).executeTakeFirst();
}

export async function listInvoiceLines(db: Executor, organisationId: string, invoiceId: string): Promise<InvoiceLineRow[]> {
  return forOrganisation(db, organisationId)
    .selectFrom('invoiceLines')
    .selectAll()
    .where('invoiceId', '=', invoiceId)
    .orderBy('position')
    .execute();
}

/** Lines are the received document's content: written in bulk with the invoice, never audited one by one. */
export async function insertInvoiceLines(trx: Executor, organisationId: string, rows: readonly InvoiceLineRow[]): Promise<void> {
  const chunk = 400;
  for (let at = 0; at < rows.length; at += chunk) {
    await forOrganisation(trx, organisationId)
      .insertInto('invoiceLines')
      .values(rows.slice(at, at + chunk).map((r) => ({ ...r, lineAmount: BigInt(r.lineAmount as string | number | bigint) })))
      .execute();
  }
}

export type LineCheckColumns = Pick<
  InvoiceLineRow,
  'matchedPriceElementId' | 'lineMatch' | 'lineMatchCertain' | 'lineExplanation' | 'allowedUnitPrice'
>;

export async function updateInvoiceLineCheck(
  trx: Executor,
  organisationId: string,
  lineRowId: string,
  values: LineCheckColumns,
): Promise<void> {
  await forOrganisation(trx, organisationId).updateTable('invoiceLines').set(values).where('id', '=', lineRowId).execute();
}

export async function insertInvoiceFile(trx: Executor, organisationId: string, invoiceId: string, content: Uint8Array) {
  await forOrganisation(trx, organisationId)
    .insertInto('invoiceFiles')
    .values({ invoiceId, organisationId, content: Buffer.from(content) })
    .execute();
}

export async function readInvoiceFile(db: Executor, organisationId: string, invoiceId: string): Promise<Buffer | undefined> {
  const row = await forOrganisation(db, organisationId)
    .selectFrom('invoiceFiles')
    .select('content')
    .where('invoiceId', '=', invoiceId)
    .executeTakeFirst();
  return row ? Buffer.from(row.content) : undefined;
}

/** What invoice control reads about the candidate contracts: the rows, their price elements and item-id mappings. */
export type ControlContracts = {
  contracts: ContractRow[];
  priceElements: PriceElementRow[];
  itemMappings: { contractId: string; priceElementId: string; itemId: string }[];
};

/**
 * The contracts an invoice may belong to: the supplier's, any whose number is one of the invoice's contract
 * references (compared without case), and the given ids (an assigned contract, a mapped order reference).
 */
export async function contractsForControl(
  db: Executor,
  organisationId: string,
  by: { supplierId: string | null; numbers: readonly string[]; ids: readonly string[] },
): Promise<ControlContracts> {
  const numbers = by.numbers.map((n) => n.trim().toLowerCase()).filter((n) => n !== '');
  if (!by.supplierId && numbers.length === 0 && by.ids.length === 0)
    return { contracts: [], priceElements: [], itemMappings: [] };
  const contracts = await forOrganisation(db, organisationId)
    .selectFrom('contracts')
    .selectAll('contracts')
    .where((eb) =>
      eb.or([
        ...(by.supplierId ? [eb('contracts.supplierId', '=', by.supplierId)] : []),
        ...(numbers.length > 0 ? [eb(sql`lower(contracts.number)`, 'in', numbers)] : []),
        ...(by.ids.length > 0 ? [eb('contracts.id', 'in', [...by.ids])] : []),
      ]),
    )
    .execute();
  const contractIds = contracts.map((c) => c.id);
  if (contractIds.length === 0) return { contracts: [], priceElements: [], itemMappings: [] };
  const [priceElements, itemMappings] = await Promise.all([
    forOrganisation(db, organisationId)
      .selectFrom('priceElements')
      .selectAll()
      .where('contractId', 'in', contractIds)
      .orderBy('createdAt')
      .execute(),
    forOrganisation(db, organisationId)
      .selectFrom('priceElementItemIds')
      .select(['contractId', 'priceElementId', 'itemId'])
      .where('contractId', 'in', contractIds)
      .execute(),
  ]);
  return { contracts, priceElements, itemMappings };
}

/**
 * Lines of the organisation's other invoices (not rejected) matched to these price elements: only the elements an
 * invoice's own lines matched, so the read grows with those elements' history, not the supplier's.
 */
export async function linesInvoicedBefore(
  db: Executor,
  organisationId: string,
  priceElementIds: readonly string[],
  excludeInvoiceId: string | null,
) {
  if (priceElementIds.length === 0) return [];
  let query = forOrganisation(db, organisationId)
    .selectFrom('invoiceLines')
    .innerJoin('invoices', 'invoices.id', 'invoiceLines.invoiceId')
    .select([
      'invoices.id as invoiceId',
      'invoices.number as invoiceNumber',
      'invoices.kind as kind',
      'invoices.periodStart as invoicePeriodStart',
      'invoices.periodEnd as invoicePeriodEnd',
      'invoices.issueDate as issueDate',
      'invoiceLines.matchedPriceElementId as priceElementId',
      'invoiceLines.periodStart as periodStart',
      'invoiceLines.periodEnd as periodEnd',
      'invoiceLines.quantity as quantity',
    ])
    .where('invoiceLines.matchedPriceElementId', 'in', [...priceElementIds])
    .where('invoices.status', '!=', 'rejected');
  if (excludeInvoiceId) query = query.where('invoices.id', '!=', excludeInvoiceId);
  return query.execute();
}

export async function orderReferencesFor(db: Executor, organisationId: string, orderReference: string | null) {
  if (!orderReference) return [];
  return forOrganisation(db, organisationId)
    .selectFrom('invoiceOrderReferences')
    .select(['orderReference', 'contractId'])
    .where('orderReference', '=', orderReference)
    .execute();
}

export async function listOrderReferences(db: Executor, organisationId: string) {
  return forOrganisation(db, organisationId)
    .selectFrom('invoiceOrderReferences')
    .innerJoin('contracts', 'contracts.id', 'invoiceOrderReferences.contractId')
    .select([
      'invoiceOrderReferences.id',
      'invoiceOrderReferences.orderReference',
      'invoiceOrderReferences.contractId',
      'invoiceOrderReferences.createdAt',
      'contracts.number as contractNumber',
    ])
    .orderBy('invoiceOrderReferences.orderReference')
    .execute();
}

export async function findItemMapping(db: Executor, organisationId: string, contractId: string, itemId: string) {
  return forOrganisation(db, organisationId)
    .selectFrom('priceElementItemIds')
    .selectAll()
    .where('contractId', '=', contractId)
    .where('itemId', '=', itemId)
    .executeTakeFirst();
}

/** Monthly values of a price index by month "YYYY-MM". */
export async function priceIndexValues(db: Executor, indexName: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('priceIndexValues').select(['month', 'value']).where('indexName', '=', indexName).execute();
  return new Map(rows.map((r) => [r.month, r.value]));
}

export async function upsertPriceIndexValues(
  db: Executor,
  indexName: string,
  values: readonly { month: string; value: string }[],
  now: string,
) {
  for (const v of values) {
    await db
      .insertInto('priceIndexValues')
      .values({ indexName, month: v.month, value: v.value, updatedAt: now })
      .onConflict((oc) => oc.columns(['indexName', 'month']).doUpdateSet({ value: v.value, updatedAt: now }))
      .execute();
  }
}

/** Open invoices (not decided) checked before the organisation's register last changed: they are checked again. */
export async function invoicesToRecheck(db: Executor, organisationId: string, registerChangedAt: string | null) {
  let query = forOrganisation(db, organisationId)
    .selectFrom('invoices')
    .select('id')
    .where('status', 'in', ['received', 'checked', 'disputed']);
  if (registerChangedAt)
    query = query.where((eb) => eb.or([eb('checkedAt', 'is', null), eb('checkedAt', '<', registerChangedAt)]));
  return (await query.orderBy('id').execute()).map((r) => r.id);
}

/** When the organisation last changed what invoice control reads: contracts, price elements, suppliers, mappings. */
export async function registerChangedAt(db: Executor, organisationId: string): Promise<string | null> {
  const latest = await Promise.all(
    (['contracts', 'priceElements', 'suppliers', 'invoiceOrderReferences', 'priceElementItemIds'] as const).map((table) =>
      forOrganisation(db, organisationId)
        .selectFrom(table)
        .select((eb) => eb.fn.max<string | null>(`${table}.updatedAt` as never).as('at'))
        .executeTakeFirst(),
    ),
  );
  const indexLatest = await db
    .selectFrom('priceIndexValues')
    .select((eb) => eb.fn.max<string | null>('updatedAt').as('at'))
    .executeTakeFirst();
  return [...latest, indexLatest].reduce<string | null>((max, r) => (r?.at && (!max || r.at > max) ? r.at : max), null);
}

/** The invoices issued in a period, with what the consumption report sums. */
export async function invoicesForConsumption(db: Executor, organisationId: string, from: CalendarDate, to: CalendarDate) {
  return forOrganisation(db, organisationId)
    .selectFrom('invoices')
    .leftJoin('suppliers', 'suppliers.id', 'invoices.matchedSupplierId')
    .select([
      'invoices.id',
      'invoices.kind',
      'invoices.issueDate',
      'invoices.status',
      'invoices.matchedSupplierId',
      'invoices.matchedContractId',
      'invoices.supplierCvr',
      'invoices.supplierName',
      'invoices.lineExtensionAmount',
      'invoices.deviationAmount',
      'invoices.duplicateOfId',
      'suppliers.name as registeredSupplierName',
    ])
    .where('invoices.issueDate', '>=', from)
    .where('invoices.issueDate', '<=', to)
    .where('invoices.status', '!=', 'rejected')
    .execute();
}
