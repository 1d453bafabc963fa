import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  addDays,
  type CalendarDate,
  CONTRACT_FIELDS,
  type ContractFields,
  type ContractSortColumn,
  type ContractStatus,
  CRITICALITIES,
  type FieldsOfKind,
  fieldNames,
} from '@overblik/core';
import { type Expression, type RawBuilder, sql } from 'kysely';
import { danishSortKey } from '../danish-order.js';
import type { ContractOptionRow, ContractRow, PriceElementRow } from '../schema.js';
import { type AcrossOrganisations, type Executor, forOrganisation } from '../tenant.js';
import { containsIgnoringCase } from '../text-search.js';
import { toOre } from './money-column.js';

export type ContractLink = { label: string; url: string };

/** A contract as the application works with it: lists parsed, money as bigint øre, with its supplier's name. */
export type Contract = Omit<ContractRow, 'agreementElements' | 'tags' | 'links' | ContractMoneyField> & {
  agreementElements: string[];
  tags: string[];
  links: ContractLink[];
  supplierName: string | null;
} & Record<ContractMoneyField, bigint | null>;

/** The contract's amounts (declared `money` in packages/core CONTRACT_FIELDS), stored in øre. */
export type ContractMoneyField = FieldsOfKind<ContractFields, 'money'>;
export const CONTRACT_MONEY_FIELDS = fieldNames(CONTRACT_FIELDS, (spec) => spec.kind === 'money') as ContractMoneyField[];

export type PriceElement = Omit<PriceElementRow, 'payingUnitIds'> & { payingUnitIds: string[] };

export type { ContractSortColumn };

export type ContractFilter = {
  /** Part of the number, name or system name (case-insensitive). */
  q?: string;
  supplierId?: string;
  contractType?: string;
  status?: ContractStatus;
  responsibleUserId?: string;
  unitId?: string;
  agreementElement?: string;
  tag?: string;
  /** Only contracts whose end lies from `today` through `today` + this many days. */
  endsWithinDays?: number;
  /** Only contracts whose latest notice date lies from `today` through `today` + this many days. */
  noticeWithinDays?: number;
  parentId?: string;
  changedSince?: string;
  sort?: ContractSortColumn | `-${ContractSortColumn}`;
  limit: number;
  offset: number;
};

export function toContract(row: ContractRow & { supplierName: string | null }): Contract {
  return {
    ...row,
    agreementElements: JSON.parse(row.agreementElements) as string[],
    tags: JSON.parse(row.tags) as string[],
    links: JSON.parse(row.links) as ContractLink[],
    ...(Object.fromEntries(CONTRACT_MONEY_FIELDS.map((field) => [field, toOre(row[field])])) as Record<
      ContractMoneyField,
      bigint | null
    >),
  };
}

export function toPriceElement(row: PriceElementRow): PriceElement {
  return { ...row, payingUnitIds: JSON.parse(row.payingUnitIds) as string[] };
}

/**
 * The status rule of `contractStatus` (packages/core/src/register/contract-terms.ts) in SQL, so lists can
 * filter and sort on it; a test checks that both agree.
 */
export function contractStatusSql(today: CalendarDate): RawBuilder<string> {
  return sql<string>`case
    when contracts.in_force_from is null or contracts.in_force_from > ${today} then 'draft'
    when contracts.ends_on is not null and contracts.ends_on < ${today} then
      case when contracts.termination_given_on is not null then 'terminated' else 'expired' end
    when contracts.termination_given_on is not null then 'under_termination'
    else 'active' end`;
}

/** Literal text inside a JSON array column: `"value"` with LIKE's wildcards escaped. */
function jsonArrayContains(column: string, value: string): RawBuilder<boolean> {
  return containsIgnoringCase(column, JSON.stringify(value));
}

function selectContracts(db: Executor, organisationId: string) {
  return forOrganisation(db, organisationId)
    .selectFrom('contracts')
    .leftJoin('suppliers', 'suppliers.id', 'contracts.supplierId');
}

export async function listContracts(
  db: Executor,
  organisationId: string,
  filter: ContractFilter,
  today: CalendarDate,
): Promise<{ items: Contract[]; total: number }> {
  let query = selectContracts(db, organisationId);
  if (filter.q) {
    const q = filter.q.trim();
    query = query.where((eb) =>
      eb.or([
        containsIgnoringCase('contracts.number', q),
        containsIgnoringCase('contracts.name', q),
        containsIgnoringCase('contracts.systemName', q),
      ]),
    );
  }
  if (filter.supplierId) query = query.where('contracts.supplierId', '=', filter.supplierId);
  if (filter.contractType) query = query.where('contracts.contractType', '=', filter.contractType);
  if (filter.status) query = query.where(contractStatusSql(today), '=', filter.status);
  if (filter.unitId) query = query.where('contracts.responsibleUnitId', '=', filter.unitId);
  if (filter.parentId) query = query.where('contracts.parentId', '=', filter.parentId);
  if (filter.agreementElement) query = query.where(jsonArrayContains('contracts.agreementElements', filter.agreementElement));
  if (filter.tag) query = query.where(jsonArrayContains('contracts.tags', filter.tag.trim()));
  if (filter.changedSince) query = query.where('contracts.updatedAt', '>=', filter.changedSince);
  if (filter.noticeWithinDays !== undefined) {
    const until = addDays(today, filter.noticeWithinDays);
    query = query.where('contracts.latestNoticeDate', '>=', today).where('contracts.latestNoticeDate', '<=', until);
  }
  if (filter.endsWithinDays !== undefined) {
    const until = addDays(today, filter.endsWithinDays);
    query = query.where('contracts.endsOn', '>=', today).where('contracts.endsOn', '<=', until);
  }
  const responsible = filter.responsibleUserId;
  if (responsible) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('contractResponsibilities')
          .select('contractResponsibilities.id')
          .whereRef('contractResponsibilities.contractId', '=', 'contracts.id')
          .where('contractResponsibilities.organisationId', '=', organisationId)
          .where('contractResponsibilities.userId', '=', responsible),
      ),
    );
  }
  const counted = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();

  const sort = filter.sort ?? 'name';
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  const column = sort.replace(/^-/, '') as ContractSortColumn;
  const key = sortExpression(column, today);
  // The page is chosen on narrow rows (id and sort keys) and only its rows are read whole: sorting tens of
  // thousands of full contract rows to keep fifty costs several times more. Empty values sort last in both
  // directions and on both databases (which differ in where NULL sorts by default); said as NULLS LAST, so
  // SQLite can walk the (organisation, column) index instead of sorting.
  const page = await query
    .select('contracts.id')
    .orderBy(key, (ob) => (direction === 'desc' ? ob.desc() : ob.asc()).nullsLast())
    .orderBy('contracts.nameSort')
    .orderBy('contracts.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const ids = page.map((r) => r.id);
  if (ids.length === 0) return { items: [], total: Number(counted.n) };
  const rows = await selectContracts(db, organisationId)
    .selectAll('contracts')
    .select('suppliers.name as supplierName')
    .where('contracts.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.map((id) => byId.get(id)).filter((r): r is NonNullable<typeof r> => r !== undefined);
  return { items: items.map(toContract), total: Number(counted.n) };
}

function sortExpression(column: ContractSortColumn, today: CalendarDate): Expression<unknown> {
  switch (column) {
    case 'name':
      return sql.ref('contracts.nameSort');
    case 'supplierName':
      return danishSortKey('suppliers.name');
    case 'status':
      return contractStatusSql(today);
    case 'criticality':
      // The scale's order (lav < middel < høj < kritisk), not the keys' alphabetical one.
      return sql`case ${sql.ref('contracts.criticality')} ${sql.join(
        CRITICALITIES.map((c, rank) => sql`when ${sql.lit(c)} then ${sql.lit(rank)}`),
        sql` `,
      )} end`;
    default:
      return sql.ref(`contracts.${column}`);
  }
}

export async function getContract(db: Executor, organisationId: string, contractId: string): Promise<Contract | undefined> {
  const row = await selectContracts(db, organisationId)
    .selectAll('contracts')
    .select('suppliers.name as supplierName')
    .where('contracts.id', '=', contractId)
    .executeTakeFirst();
  return row ? toContract(row) : undefined;
}

export async function findContractByNumber(db: Executor, organisationId: string, number: string): Promise<Contract | undefined> {
  const row = await selectContracts(db, organisationId)
    .selectAll('contracts')
    .select('suppliers.name as supplierName')
    .where('contracts.number', '=', number)
    .executeTakeFirst();
  return row ? toContract(row) : undefined;
}

/**
 * A whole register is read a page of `WHOLE_REGISTER_PAGE` rows at a time, the event loop handed back between
 * pages: SQLite's driver is synchronous, and one statement of 20,000 contracts held every other request for
 * most of a second.
 */
export const WHOLE_REGISTER_PAGE = 250;

/** Every contract of the organisation in number order (export, import matching, double-purchase check). */
export async function listAllContracts(db: Executor, organisationId: string): Promise<Contract[]> {
  const contracts: Contract[] = [];
  for (let after: string | null = null; ; ) {
    let query = selectContracts(db, organisationId)
      .selectAll('contracts')
      .select('suppliers.name as supplierName')
      .orderBy('contracts.number')
      .limit(WHOLE_REGISTER_PAGE);
    if (after !== null) query = query.where('contracts.number', '>', after);
    const rows = await query.execute();
    for (const row of rows) contracts.push(toContract(row));
    const last = rows.at(-1);
    if (rows.length < WHOLE_REGISTER_PAGE || !last) return contracts;
    after = last.number;
    await nextTurn();
  }
}

export type ContractSummaryRow = {
  id: string;
  number: string;
  name: string;
  inForceFrom: CalendarDate | null;
  terminationGivenOn: CalendarDate | null;
  endsOn: CalendarDate | null;
};

export async function listChildContracts(db: Executor, organisationId: string, parentId: string): Promise<ContractSummaryRow[]> {
  return forOrganisation(db, organisationId)
    .selectFrom('contracts')
    .select(['id', 'number', 'name', 'inForceFrom', 'terminationGivenOn', 'endsOn'])
    .where('parentId', '=', parentId)
    .orderBy('number')
    .execute();
}

export async function getContractSummaries(
  db: Executor,
  organisationId: string,
  ids: readonly string[],
): Promise<ContractSummaryRow[]> {
  if (ids.length === 0) return [];
  return forOrganisation(db, organisationId)
    .selectFrom('contracts')
    .select(['id', 'number', 'name', 'inForceFrom', 'terminationGivenOn', 'endsOn'])
    .where('id', 'in', [...ids])
    .execute();
}

/** The parent chain of a contract, nearest first (for refusing cycles). */
export async function contractAncestors(db: Executor, organisationId: string, contractId: string): Promise<string[]> {
  const chain: string[] = [];
  let current: string | null = contractId;
  while (current && chain.length < 100) {
    const row = await forOrganisation(db, organisationId)
      .selectFrom('contracts')
      .select('parentId')
      .where('id', '=', current)
      .executeTakeFirst();
    current = row?.parentId ?? null;
    if (current) chain.push(current);
  }
  return chain;
}

export type ContractResponsibilityView = { id: string; contractId: string; role: string; userId: string; name: string };

export async function listContractResponsibilities(
  db: Executor,
  organisationId: string,
  contractIds: readonly string[],
): Promise<ContractResponsibilityView[]> {
  if (contractIds.length === 0) return [];
  return forOrganisation(db, organisationId)
    .selectFrom('contractResponsibilities')
    .innerJoin('users', 'users.id', 'contractResponsibilities.userId')
    .select([
      'contractResponsibilities.id',
      'contractResponsibilities.contractId',
      'contractResponsibilities.role',
      'contractResponsibilities.userId',
      'users.name',
    ])
    .where('contractResponsibilities.contractId', 'in', [...contractIds])
    .orderBy('contractResponsibilities.role')
    .orderBy(danishSortKey('users.name'))
    .execute();
}

export type ChildFilter = { contractId?: string; changedSince?: string; limit: number; offset: number };

export async function listPriceElements(
  db: Executor,
  organisationId: string,
  filter: ChildFilter,
): Promise<{ items: PriceElement[]; total: number }> {
  let query = forOrganisation(db, organisationId).selectFrom('priceElements');
  if (filter.contractId) query = query.where('contractId', '=', filter.contractId);
  if (filter.changedSince) query = query.where('updatedAt', '>=', filter.changedSince);
  const counted = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('contractId')
    .orderBy(sql`number is null`)
    .orderBy('number')
    .orderBy('createdAt')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { items: rows.map(toPriceElement), total: Number(counted.n) };
}

export async function getPriceElement(
  db: Executor,
  organisationId: string,
  contractId: string,
  priceElementId: string,
): Promise<PriceElement | undefined> {
  const row = await forOrganisation(db, organisationId)
    .selectFrom('priceElements')
    .selectAll()
    .where('contractId', '=', contractId)
    .where('id', '=', priceElementId)
    .executeTakeFirst();
  return row ? toPriceElement(row) : undefined;
}

export async function listContractOptions(
  db: Executor,
  organisationId: string,
  filter: ChildFilter,
): Promise<{ items: ContractOptionRow[]; total: number }> {
  let query = forOrganisation(db, organisationId).selectFrom('contractOptions');
  if (filter.contractId) query = query.where('contractId', '=', filter.contractId);
  if (filter.changedSince) query = query.where('updatedAt', '>=', filter.changedSince);
  const counted = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const items = await query
    .selectAll()
    .orderBy('contractId')
    .orderBy('createdAt')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { items, total: Number(counted.n) };
}

export async function getContractOption(
  db: Executor,
  organisationId: string,
  contractId: string,
  optionId: string,
): Promise<ContractOptionRow | undefined> {
  return forOrganisation(db, organisationId)
    .selectFrom('contractOptions')
    .selectAll()
    .where('contractId', '=', contractId)
    .where('id', '=', optionId)
    .executeTakeFirst();
}

/** What the double-purchase check compares: every contract that has been in force. */
export async function listPurchaseFacts(db: Executor, organisationId: string) {
  const rows = await forOrganisation(db, organisationId)
    .selectFrom('contracts')
    .select([
      'id',
      'number',
      'name',
      'parentId',
      'supplierId',
      'systemName',
      'agreementElements',
      'inForceFrom',
      'terminationGivenOn',
      'endsOn',
    ])
    .where('inForceFrom', 'is not', null)
    .orderBy('number')
    .execute();
  return rows.map((r) => ({ ...r, agreementElements: JSON.parse(r.agreementElements) as string[] }));
}

/** The money facts of a supplier's contracts, for its commitment. */
export async function listSupplierContractEconomy(db: Executor, organisationId: string, supplierId: string) {
  const rows = await forOrganisation(db, organisationId)
    .selectFrom('contracts')
    .select(['id', 'inForceFrom', 'terminationGivenOn', 'endsOn', 'annualCost'])
    .where('supplierId', '=', supplierId)
    .execute();
  return rows.map((r) => ({ ...r, annualCost: toOre(r.annualCost) }));
}

export async function countContractsOfSupplier(db: Executor, organisationId: string, supplierId: string): Promise<number> {
  const row = await forOrganisation(db, organisationId)
    .selectFrom('contracts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('supplierId', '=', supplierId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function getPreference(db: Executor, userId: string, key: string): Promise<unknown> {
  const row = await db
    .selectFrom('userPreferences')
    .select('value')
    .where('userId', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
  return row ? (JSON.parse(row.value) as unknown) : null;
}

export async function putPreference(db: Executor, userId: string, key: string, value: unknown, updatedAt: string): Promise<void> {
  const text = JSON.stringify(value);
  await db
    .insertInto('userPreferences')
    .values({ userId, key, value: text, updatedAt })
    .onConflict((oc) => oc.columns(['userId', 'key']).doUpdateSet({ value: text, updatedAt }))
    .execute();
}

/** How many contracts name the unit as responsible, and how many price elements it pays. */
export async function countUnitUses(db: Executor, organisationId: string, unitId: string): Promise<number> {
  const contracts = await forOrganisation(db, organisationId)
    .selectFrom('contracts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('responsibleUnitId', '=', unitId)
    .executeTakeFirstOrThrow();
  const priceElements = await forOrganisation(db, organisationId)
    .selectFrom('priceElements')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(jsonArrayContains('payingUnitIds', unitId))
    .executeTakeFirstOrThrow();
  const centralRoles = await forOrganisation(db, organisationId)
    .selectFrom('centralRoles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unitId', '=', unitId)
    .executeTakeFirstOrThrow();
  return Number(contracts.n) + Number(priceElements.n) + Number(centralRoles.n);
}

/**
 * The next batch of contracts of every organisation whose deadlines were computed for an earlier day than `day`
 * (or never), in id order after `afterId`, for the daily recompute: a system job, not a request, so it reads
 * across organisations.
 */
export async function contractsDueForDeadlines(
  db: AcrossOrganisations,
  day: CalendarDate,
  limit: number,
  afterId: string | null = null,
): Promise<ContractRow[]> {
  let query = db
    .selectFrom('contracts')
    .selectAll()
    .where((eb) => eb.or([eb('deadlinesOn', 'is', null), eb('deadlinesOn', '<', day)]));
  if (afterId !== null) query = query.where('id', '>', afterId);
  return query.orderBy('id').limit(limit).execute();
}

export async function optionsOfContracts(db: Executor, contractIds: readonly string[]): Promise<ContractOptionRow[]> {
  if (contractIds.length === 0) return [];
  return db
    .selectFrom('contractOptions')
    .selectAll()
    .where('contractId', 'in', [...contractIds])
    .execute();
}

export type StoredDeadlines = Pick<
  ContractRow,
  'endsOn' | 'currentTermEnd' | 'latestNoticeDate' | 'earliestEnd' | 'nextOptionDeadline' | 'nextPriceRegulation' | 'deadlinesOn'
>;

/** Writes a contract's computed deadlines (derived values: not a change anyone made, so not audited). */
export async function storeDeadlines(
  db: Executor,
  contract: { id: string; organisationId: string },
  values: StoredDeadlines,
): Promise<void> {
  await forOrganisation(db, contract.organisationId).updateTable('contracts').set(values).where('id', '=', contract.id).execute();
}

/** Marks every contract's deadlines, in every organisation, as due for recomputing (after a change of the rules themselves). */
export async function markAllDeadlinesDue(db: AcrossOrganisations): Promise<void> {
  await db.updateTable('contracts').set({ deadlinesOn: null }).execute();
}

/**
 * Main contracts (not tillæg) that end from `from` through `to` if nothing more is done: the procurement
 * plan's candidates. Ongoing contracts have no end and need no re-tender until notice is given.
 */
export async function contractsEndingBetween(db: Executor, organisationId: string, from: CalendarDate, to: CalendarDate) {
  return forOrganisation(db, organisationId)
    .selectFrom('contracts')
    .leftJoin('suppliers', 'suppliers.id', 'contracts.supplierId')
    .select([
      'contracts.id',
      'contracts.number',
      'contracts.name',
      'contracts.procurementForm',
      'contracts.endsOn',
      'contracts.nextOptionDeadline',
      'suppliers.name as supplierName',
    ])
    .where('contracts.parentId', 'is', null)
    .where('contracts.endsOn', '>=', from)
    .where('contracts.endsOn', '<=', to)
    .execute();
}
