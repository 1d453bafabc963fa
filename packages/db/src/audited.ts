import { type ChangeSet, type Clock, diffFields, oreToDecimalString } from '@overblik/core';
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from './schema.js';
import type { Executor, TenantTable } from './tenant.js';

/**
 * Who made a change, as the audit trail records it, and the clock that says when: the audited helpers stamp
 * `updatedAt` and the audit event's `occurredAt` from `clock`, never from the global time.
 */
export type AuditActor = {
  type: 'user' | 'token' | 'system';
  userId: string | null;
  tokenId: string | null;
  name: string;
  requestId: string | null;
  clock: Clock;
};

/** The installation itself as the author of a change (the first administrator, scheduled jobs). */
export function systemActor(clock: Clock): AuditActor {
  return { type: 'system', userId: null, tokenId: null, name: 'system', requestId: null, clock };
}

/** Business objects whose every change is audited, and the name they carry in the audit trail. */
export const AUDITED_ENTITIES = {
  organisations: 'organisation',
  units: 'unit',
  users: 'user',
  memberships: 'membership',
  apiTokens: 'api_token',
  optionValues: 'option_value',
  suppliers: 'supplier',
  supplierContacts: 'supplier_contact',
  contracts: 'contract',
  contractResponsibilities: 'contract_responsibility',
  priceElements: 'price_element',
  contractOptions: 'contract_option',
  documents: 'document',
  documentVersions: 'document_version',
  activities: 'activity',
  reminderSettings: 'reminder_setting',
  procurementLeadTimes: 'procurement_lead_time',
  secretLinks: 'secret_link',
  invoices: 'invoice',
  invoiceOrderReferences: 'invoice_order_reference',
  priceElementItemIds: 'price_element_item_id',
  costProjects: 'cost_project',
  costProjectMembers: 'cost_project_member',
  populationImports: 'population_import',
  invitations: 'invitation',
  governanceBodies: 'governance_body',
  governanceBodyMembers: 'governance_body_member',
  collaborationLevels: 'collaboration_level',
  collaborationParticipants: 'collaboration_participant',
  centralRoles: 'central_role',
  supplierSegmentSettings: 'supplier_segment_settings',
  supplierSegments: 'supplier_segment',
  meetings: 'meeting',
  meetingParticipants: 'meeting_participant',
  meetingAgendaItems: 'meeting_agenda_item',
  meetingDecisions: 'meeting_decision',
  meetingActions: 'meeting_action',
  agendaTemplateItems: 'agenda_template_item',
  escalations: 'escalation',
} as const satisfies Partial<Record<keyof Database, string>>;

/**
 * How values are written into the audit trail where the stored form is not the readable one: lists kept as
 * JSON text appear as lists, and money kept in øre appears in kroner as in the API ("1234.50").
 */
const AUDIT_FORMATS: Partial<Record<AuditedTable, Record<string, 'json' | 'ore'>>> = {
  contracts: { agreementElements: 'json', tags: 'json', links: 'json', totalValue: 'ore', annualCost: 'ore' },
  priceElements: { payingUnitIds: 'json' },
  activities: { recurrenceDates: 'json', leadDays: 'json', extraEmails: 'json' },
  reminderSettings: { leadDays: 'json', roles: 'json', extraEmails: 'json' },
  invoices: { lineExtensionAmount: 'ore', taxAmount: 'ore', payableAmount: 'ore', lineAssignments: 'json' },
  costProjects: { model: 'json', comparisonModel: 'json', businessCaseCosts: 'ore' },
  populationImports: { changes: 'json' },
  governanceBodies: { participantRoles: 'json', inputs: 'json', outputs: 'json', responsibilities: 'json' },
  supplierSegmentSettings: { weights: 'json', fullSpend: 'ore', segmentLabels: 'json', regime: 'json' },
  supplierSegments: { proposalReasons: 'json' },
};

function auditForm(table: AuditedTable, row: Record<string, unknown> | null): Record<string, unknown> | null {
  const formats = AUDIT_FORMATS[table];
  if (!row || !formats) return row;
  const out = { ...row };
  for (const [column, format] of Object.entries(formats)) {
    const value = out[column];
    if (value === null || value === undefined) continue;
    out[column] = format === 'json' ? JSON.parse(String(value)) : oreToDecimalString(BigInt(value as number | string | bigint));
  }
  return out;
}

/**
 * The column naming the object a row belongs to (its context): a price element's contract, a contact's
 * supplier, a document's contract or else its supplier (`a|b`: the first that is set). Its audit events carry that id, so the history of a contract includes its price elements.
 */
const CONTEXT_COLUMN: Partial<Record<AuditedTable, string>> = {
  supplierContacts: 'supplierId',
  documents: 'contractId|supplierId',
  documentVersions: 'contractId|supplierId',
  contractResponsibilities: 'contractId',
  priceElements: 'contractId',
  contractOptions: 'contractId',
  activities: 'contractId|supplierId',
  invoiceOrderReferences: 'contractId',
  priceElementItemIds: 'contractId',
  costProjectMembers: 'projectId',
  governanceBodyMembers: 'bodyId',
  collaborationLevels: 'supplierId',
  collaborationParticipants: 'levelId',
  supplierSegments: 'supplierId',
  meetingParticipants: 'meetingId',
  meetingAgendaItems: 'meetingId',
  meetingDecisions: 'meetingId',
  meetingActions: 'meetingId',
  escalations: 'supplierId',
};

export type AuditedTable = keyof typeof AUDITED_ENTITIES;
export type EntityType = (typeof AUDITED_ENTITIES)[AuditedTable];
export type Row<T extends AuditedTable> = Selectable<Database[T]>;

/** A row is found by id, and inside its organisation when the table is tenant-owned. */
export type RowKey<T extends AuditedTable> = T extends TenantTable ? { id: string; organisationId: string } : { id: string };

type LooseDb = Kysely<Record<string, Record<string, unknown>>>;

/**
 * Audited writes: the only way business objects are created, changed and deleted. Each call writes
 * the row and its audit event in the caller's transaction, so both happen or neither does.
 */
export async function insertAudited<T extends AuditedTable>(
  trx: Executor,
  actor: AuditActor,
  table: T,
  values: Insertable<Database[T]>,
): Promise<Row<T>> {
  const [row] = await insertAuditedMany(trx, actor, table, [values]);
  return row as Row<T>;
}

/**
 * Bound parameters per statement, under both databases' limits (SQLite 32,766, PostgreSQL 65,535), so a batch
 * of any size is written in as few statements as fit.
 */
const MAX_PARAMETERS = 30_000;

/** Rows in batches of as many as fit in one statement with `columns` parameters each (at most `most`). */
export function chunksOf<T>(rows: readonly T[], columns: number, most = 1000): T[][] {
  const size = Math.max(1, Math.min(most, Math.floor(MAX_PARAMETERS / Math.max(1, columns))));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

/** Rows to insert in batches that fit one statement, counting the columns the rows name. */
export function insertChunksOf<T extends object>(rows: readonly T[]): T[][] {
  return chunksOf(
    rows,
    rows.reduce((most, row) => Math.max(most, Object.keys(row).length), 0),
  );
}

/**
 * Several new rows of one table and their audit events, in multi-row statements (an import's batch): the same
 * rows and events as `insertAudited` one by one, in far fewer statements. Returns the rows as written, in the
 * order given. All rows must name the same columns.
 */
export async function insertAuditedMany<T extends AuditedTable>(
  trx: Executor,
  actor: AuditActor,
  table: T,
  values: ReadonlyArray<Insertable<Database[T]>>,
): Promise<Array<Row<T>>> {
  if (values.length === 0) return [];
  const db = trx as unknown as LooseDb;
  const byId = new Map<string, Row<T>>();
  for (const chunk of insertChunksOf(values as ReadonlyArray<Record<string, unknown>>)) {
    const rows = (await db
      .insertInto(table as string)
      .values(chunk as Array<Record<string, unknown>>)
      .returningAll()
      .execute()) as Array<Row<T>>;
    // A statement's RETURNING rows come in no promised order: match them by id.
    for (const row of rows) byId.set(String((row as { id: unknown }).id), row);
  }
  const rows = values.map((v) => byId.get(String((v as { id?: unknown }).id)) as Row<T>);
  await recordChanges(
    trx,
    actor,
    table,
    'create',
    rows.map((row) => ({ row, changes: diffFields(null, auditForm(table, row)) })),
  );
  return rows;
}

export async function updateAudited<T extends AuditedTable>(
  trx: Executor,
  actor: AuditActor,
  table: T,
  key: RowKey<T>,
  patch: Updateable<Database[T]>,
): Promise<Row<T> | undefined> {
  const before = await findByKey(trx, table, key);
  if (!before) return undefined;
  const db = trx as unknown as LooseDb;
  let query = db.updateTable(table as string).set({ ...patch, updatedAt: actor.clock.now().toISOString() });
  for (const [column, value] of Object.entries(key)) query = query.where(column, '=', value);
  const after = (await query.returningAll().executeTakeFirstOrThrow()) as Row<T>;
  const changes = diffFields(auditForm(table, before), auditForm(table, after));
  if (Object.keys(changes).length > 0) await recordChange(trx, actor, table, 'update', after, changes);
  return after;
}

export async function deleteAudited<T extends AuditedTable>(
  trx: Executor,
  actor: AuditActor,
  table: T,
  key: RowKey<T>,
): Promise<Row<T> | undefined> {
  const before = await findByKey(trx, table, key);
  if (!before) return undefined;
  const db = trx as unknown as LooseDb;
  let query = db.deleteFrom(table as string);
  for (const [column, value] of Object.entries(key)) query = query.where(column, '=', value);
  await query.execute();
  await recordChange(trx, actor, table, 'delete', before, diffFields(auditForm(table, before), null));
  return before;
}

export async function findByKey<T extends AuditedTable>(trx: Executor, table: T, key: RowKey<T>): Promise<Row<T> | undefined> {
  const db = trx as unknown as LooseDb;
  let query = db.selectFrom(table as string).selectAll();
  for (const [column, value] of Object.entries(key)) query = query.where(column, '=', value);
  return (await query.executeTakeFirst()) as Row<T> | undefined;
}

async function recordChange(
  trx: Executor,
  actor: AuditActor,
  table: AuditedTable,
  action: 'create' | 'update' | 'delete',
  row: Record<string, unknown>,
  changes: ChangeSet,
) {
  await recordChanges(trx, actor, table, action, [{ row, changes }]);
}

/** The audit events of changes to rows of one table, in as few statements as fit. */
async function recordChanges(
  trx: Executor,
  actor: AuditActor,
  table: AuditedTable,
  action: 'create' | 'update' | 'delete',
  changed: ReadonlyArray<{ row: Record<string, unknown>; changes: ChangeSet }>,
) {
  const occurredAt = actor.clock.now().toISOString();
  const events = changed.map(({ row, changes }) => ({
    organisationId:
      table === 'organisations' ? String(row.id) : typeof row.organisationId === 'string' ? row.organisationId : null,
    occurredAt,
    actorType: actor.type,
    actorUserId: actor.userId,
    actorTokenId: actor.tokenId,
    actorName: actor.name,
    action,
    entityType: AUDITED_ENTITIES[table],
    entityId: String(row.id),
    changes: JSON.stringify(changes),
    requestId: actor.requestId,
    contextId: contextOf(table, row),
  }));
  for (const chunk of insertChunksOf(events)) await trx.insertInto('auditEvents').values(chunk).execute();
}

function contextOf(table: AuditedTable, row: Record<string, unknown>): string | null {
  for (const column of CONTEXT_COLUMN[table]?.split('|') ?? []) {
    const value = row[column];
    if (typeof value === 'string') return value;
  }
  return null;
}
