import type { AuditPage } from '@overblik/api';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';

export type AuditFilter = {
  /** null: every organisation (system administrators, `GET /audit`). */
  organisationId: string | null;
  userId?: string | undefined;
  entityType?: string | undefined;
  /** One object's events (with `entityType`). */
  entityId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

const PAGE_SIZE = 50;

export const auditQuery = (filter: AuditFilter) =>
  infiniteQueryOptions({
    queryKey: ['audit', filter],
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page: AuditPage) => page.nextBefore ?? undefined,
    queryFn: ({ pageParam }) => {
      const query = {
        userId: filter.userId,
        entityType: filter.entityType,
        entityId: filter.entityId,
        from: filter.from,
        to: filter.to,
        before: pageParam,
        limit: PAGE_SIZE,
      };
      return filter.organisationId
        ? api.get<AuditPage>(`/organisations/${filter.organisationId}/audit`, query)
        : api.get<AuditPage>('/audit', query);
    },
  });

/** The most recent events of one entity (e.g. a supplier's history), newest first. */
export const entityAuditQuery = (organisationId: string, entityType: string, entityId: string, limit = 20) =>
  queryOptions({
    queryKey: ['audit', 'entity', organisationId, entityType, entityId, limit],
    queryFn: () => api.get<AuditPage>(`/organisations/${organisationId}/audit`, { entityType, entityId, limit }),
  });

/**
 * The history of one object together with the objects that belong to it (a contract with its price elements,
 * options and responsibilities), newest first.
 */
export const subjectAuditQuery = (organisationId: string, subjectId: string, limit = 50) =>
  queryOptions({
    queryKey: ['audit', 'subject', organisationId, subjectId, limit],
    queryFn: () => api.get<AuditPage>(`/organisations/${organisationId}/audit`, { subjectId, limit }),
  });
