import type * as Api from '@overblik/api';
import { type AuditFilter, listAuditEvents } from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { requireOrganisation, requireSystemAdmin } from '../authorize.js';
import { namedAuditEvents } from './names.js';

/** An organisation's audit trail, newest first, for every member of it. */
export async function listOrganisationAudit(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.AuditQuery,
): Promise<Api.AuditPage> {
  requireOrganisation(caller, 'read', organisationId);
  return auditPage(deps, { ...filterOf(query), organisationId }, query.limit);
}

/** Every event, including those outside any organisation (persons' accounts); system administrators only. */
export async function listSystemAudit(deps: Deps, caller: Caller, query: Api.SystemAuditQuery): Promise<Api.AuditPage> {
  requireSystemAdmin(caller);
  return auditPage(
    deps,
    { ...filterOf(query), ...(query.organisationId && { organisationId: query.organisationId }) },
    query.limit,
  );
}

function filterOf(query: Api.AuditQuery): Omit<AuditFilter, 'limit'> {
  return {
    ...(query.userId && { actorUserId: query.userId }),
    ...(query.entityType && { entityType: query.entityType }),
    ...(query.entityId && { entityId: query.entityId }),
    ...(query.subjectId && { subjectId: query.subjectId }),
    ...(query.from && { from: new Date(query.from).toISOString() }),
    ...(query.to && { to: new Date(query.to).toISOString() }),
    ...(query.before !== undefined && { before: query.before }),
  };
}

async function auditPage(deps: Deps, filter: Omit<AuditFilter, 'limit'>, limit = 50): Promise<Api.AuditPage> {
  const rows = await listAuditEvents(deps.db, { ...filter, limit: limit + 1 });
  const items = await namedAuditEvents(deps.db, rows.slice(0, limit));
  const last = items.at(-1);
  return { items, nextBefore: rows.length > limit && last ? last.id : null };
}
