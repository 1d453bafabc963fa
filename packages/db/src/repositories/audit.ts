import type { ChangeSet } from '@overblik/core';
import type { AuditEvent } from '../schema.js';
import type { Executor } from '../tenant.js';

export type AuditFilter = {
  /** An organisation's trail; `null` for events outside any organisation; omitted for all (system administrators). */
  organisationId?: string | null;
  actorUserId?: string;
  entityType?: string;
  entityId?: string;
  /** Events of this object and of the objects that belong to it (a contract's price elements, options …). */
  subjectId?: string;
  /** Inclusive ISO instants. */
  from?: string;
  to?: string;
  /** Events with an id below this one (paging backwards in time). */
  before?: number;
  limit: number;
};

export type AuditRecord = Omit<AuditEvent, 'changes'> & { changes: ChangeSet };

export async function listAuditEvents(db: Executor, filter: AuditFilter): Promise<AuditRecord[]> {
  let query = db.selectFrom('auditEvents').selectAll();
  if (filter.organisationId === null) query = query.where('organisationId', 'is', null);
  else if (filter.organisationId !== undefined) query = query.where('organisationId', '=', filter.organisationId);
  if (filter.actorUserId) query = query.where('actorUserId', '=', filter.actorUserId);
  if (filter.entityType) query = query.where('entityType', '=', filter.entityType);
  if (filter.entityId) query = query.where('entityId', '=', filter.entityId);
  const subjectId = filter.subjectId;
  if (subjectId) query = query.where((eb) => eb.or([eb('entityId', '=', subjectId), eb('contextId', '=', subjectId)]));
  if (filter.from) query = query.where('occurredAt', '>=', filter.from);
  if (filter.to) query = query.where('occurredAt', '<=', filter.to);
  if (filter.before !== undefined) query = query.where('id', '<', filter.before);
  const rows = await query.orderBy('id', 'desc').limit(filter.limit).execute();
  return rows.map((row) => ({
    ...row,
    changes: (typeof row.changes === 'string' ? JSON.parse(row.changes) : row.changes) as ChangeSet,
  }));
}
