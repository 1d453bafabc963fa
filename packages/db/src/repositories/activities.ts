import type { CalendarDate } from '@overblik/core';
import type { ExpressionBuilder } from 'kysely';
import type { ActivityRow, Database } from '../schema.js';
import { type Executor, forOrganisation } from '../tenant.js';

/** An activity with the names it is shown with: its contract, supplier (its own or the contract's) and responsible person. */
export type ActivityView = ActivityRow & {
  contractNumber: string | null;
  contractName: string | null;
  supplierName: string | null;
  responsibleName: string | null;
};

export type ActivityFilter = {
  status?: 'open' | 'done' | 'all' | undefined;
  overdueBefore?: CalendarDate | undefined;
  dueFrom?: CalendarDate | undefined;
  dueTo?: CalendarDate | undefined;
  type?: string | undefined;
  responsibleUserId?: string | undefined;
  supplierId?: string | undefined;
  unitId?: string | undefined;
  contractId?: string | undefined;
  derived?: boolean | undefined;
  descending?: boolean | undefined;
  limit: number;
  offset: number;
};

type Eb = ExpressionBuilder<Database, 'activities' | 'contracts'>;

function activityQuery(db: Executor, organisationId: string) {
  return forOrganisation(db, organisationId)
    .selectFrom('activities')
    .leftJoin('contracts', 'contracts.id', 'activities.contractId')
    .leftJoin('suppliers', (join) =>
      join.on((eb) =>
        eb.or([
          eb('suppliers.id', '=', eb.ref('activities.supplierId')),
          eb.and([eb('activities.supplierId', 'is', null), eb('suppliers.id', '=', eb.ref('contracts.supplierId'))]),
        ]),
      ),
    )
    .leftJoin('users as responsible', 'responsible.id', 'activities.responsibleUserId');
}

const VIEW_COLUMNS = [
  'contracts.number as contractNumber',
  'contracts.name as contractName',
  'suppliers.name as supplierName',
  'responsible.name as responsibleName',
] as const;

/**
 * A person's activities: those they are responsible for, and those on contracts where they hold a
 * responsibility (contract manager, system owner …). The same rule serves the filter and the personal feed.
 */
export function concernsPerson(eb: Eb, userId: string) {
  return eb.or([
    eb('activities.responsibleUserId', '=', userId),
    eb.exists(
      eb
        .selectFrom('contractResponsibilities')
        .select('contractResponsibilities.id')
        .whereRef('contractResponsibilities.contractId', '=', 'activities.contractId')
        .where('contractResponsibilities.userId', '=', userId),
    ),
  ]);
}

function applyFilter(eb: Eb, f: Omit<ActivityFilter, 'limit' | 'offset' | 'descending'>) {
  const parts = [];
  if (f.status && f.status !== 'all') parts.push(eb('activities.status', '=', f.status));
  if (f.overdueBefore) {
    parts.push(eb('activities.status', '=', 'open'));
    parts.push(eb('activities.dueOn', '<', f.overdueBefore));
  }
  if (f.dueFrom) parts.push(eb('activities.dueOn', '>=', f.dueFrom));
  if (f.dueTo) parts.push(eb('activities.dueOn', '<=', f.dueTo));
  if (f.type) parts.push(eb('activities.type', '=', f.type));
  if (f.contractId) parts.push(eb('activities.contractId', '=', f.contractId));
  if (f.derived !== undefined) parts.push(eb('activities.derivedKey', f.derived ? 'is not' : 'is', null));
  if (f.supplierId)
    parts.push(eb.or([eb('activities.supplierId', '=', f.supplierId), eb('contracts.supplierId', '=', f.supplierId)]));
  if (f.unitId) parts.push(eb('contracts.responsibleUnitId', '=', f.unitId));
  if (f.responsibleUserId) parts.push(concernsPerson(eb, f.responsibleUserId));
  return eb.and(parts);
}

export async function listActivities(
  db: Executor,
  organisationId: string,
  filter: ActivityFilter,
): Promise<{ items: ActivityView[]; total: number }> {
  const { limit, offset, descending, ...where } = filter;
  const base = activityQuery(db, organisationId).where((eb) => applyFilter(eb as unknown as Eb, where));
  const [items, count] = await Promise.all([
    base
      .selectAll('activities')
      .select(VIEW_COLUMNS)
      .orderBy('activities.dueOn', descending ? 'desc' : 'asc')
      .orderBy('activities.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
  ]);
  return { items: items as ActivityView[], total: Number(count?.n ?? 0) };
}

export async function getActivity(db: Executor, organisationId: string, activityId: string): Promise<ActivityView | undefined> {
  return (await activityQuery(db, organisationId)
    .selectAll('activities')
    .select(VIEW_COLUMNS)
    .where('activities.id', '=', activityId)
    .executeTakeFirst()) as ActivityView | undefined;
}

/** The activities derived from one contract's terms (every status). */
export async function derivedActivitiesOfContract(db: Executor, organisationId: string, contractId: string) {
  return forOrganisation(db, organisationId)
    .selectFrom('activities')
    .select(['id', 'derivedKey', 'dueOn', 'status'])
    .where('contractId', '=', contractId)
    .where('derivedKey', 'is not', null)
    .execute() as Promise<Array<{ id: string; derivedKey: string; dueOn: CalendarDate; status: 'open' | 'done' }>>;
}

export async function listActivityIdsOf(
  db: Executor,
  organisationId: string,
  of: { contractId?: string; supplierId?: string },
): Promise<string[]> {
  let query = forOrganisation(db, organisationId).selectFrom('activities').select('id');
  if (of.contractId) query = query.where('contractId', '=', of.contractId);
  if (of.supplierId) query = query.where('supplierId', '=', of.supplierId);
  return (await query.execute()).map((r) => r.id);
}

/** Removes the reminder plan of deleted activities (the notifications already shown stay). */
export async function deleteRemindersOf(db: Executor, organisationId: string, activityIds: readonly string[]): Promise<void> {
  if (activityIds.length === 0) return;
  await forOrganisation(db, organisationId)
    .deleteFrom('reminders')
    .where('activityId', 'in', [...activityIds])
    .execute();
}

export type DeadlineCounts = {
  contractsExpiring30: number;
  contractsExpiring90: number;
  noticeDeadlines30: number;
  noticeDeadlines90: number;
  optionDeadlines90: number;
  overdueActivities: number;
};

/** The start page's counters, from stored dates only (each an index range in one organisation). */
export async function deadlineCounts(
  db: Executor,
  organisationId: string,
  today: CalendarDate,
  in30: CalendarDate,
  in90: CalendarDate,
): Promise<DeadlineCounts> {
  const scope = forOrganisation(db, organisationId);
  const countBetween = async (column: 'endsOn' | 'latestNoticeDate' | 'nextOptionDeadline', to: CalendarDate) => {
    const row = await scope
      .selectFrom('contracts')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where(`contracts.${column}`, '>=', today)
      .where(`contracts.${column}`, '<=', to)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  };
  const overdue = await scope
    .selectFrom('activities')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('activities.status', '=', 'open')
    .where('activities.dueOn', '<', today)
    .executeTakeFirst();
  return {
    contractsExpiring30: await countBetween('endsOn', in30),
    contractsExpiring90: await countBetween('endsOn', in90),
    noticeDeadlines30: await countBetween('latestNoticeDate', in30),
    noticeDeadlines90: await countBetween('latestNoticeDate', in90),
    optionDeadlines90: await countBetween('nextOptionDeadline', in90),
    overdueActivities: Number(overdue?.n ?? 0),
  };
}

/** Asks the reminder run to look at an organisation's open activities (of one type) again, after a settings change. */
export async function recheckReminders(db: Executor, organisationId: string, day: CalendarDate, type?: string): Promise<void> {
  let query = forOrganisation(db, organisationId)
    .updateTable('activities')
    .set({ nextReminderOn: day })
    .where('status', '=', 'open');
  if (type) query = query.where('type', '=', type);
  await query.execute();
}

export type DerivedActivityRow = {
  id: string;
  contractId: string;
  derivedKey: string;
  dueOn: CalendarDate;
  status: 'open' | 'done';
};

/**
 * The derived activities of a batch of contracts (every status), for the daily recompute. A system job over
 * all organisations, like `contractsDueForDeadlines`; the contract ids come from that query.
 */
export async function derivedActivitiesOfContracts(db: Executor, contractIds: readonly string[]): Promise<DerivedActivityRow[]> {
  if (contractIds.length === 0) return [];
  return db
    .selectFrom('activities')
    .select(['id', 'contractId', 'derivedKey', 'dueOn', 'status'])
    .where('contractId', 'in', [...contractIds])
    .where('derivedKey', 'is not', null)
    .execute() as Promise<DerivedActivityRow[]>;
}
