import type {
  CreateEscalationRequest,
  Escalation,
  EscalationList,
  EscalationQuery,
  UpdateEscalationRequest,
} from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';

const base = (organisationId: string) => `/organisations/${organisationId}/escalations`;

/** Escalations; a new or resolved one also changes meetings' agendas and activities (the caller refreshes those). */
export const escalationsKey = (organisationId: string) => ['organisations', organisationId, 'escalations'] as const;

export const escalationsQuery = (organisationId: string, query: EscalationQuery) =>
  queryOptions({
    queryKey: [...escalationsKey(organisationId), query],
    queryFn: () => api.get<EscalationList>(base(organisationId), query),
  });

export const createEscalation = (organisationId: string, body: CreateEscalationRequest) =>
  api.post<Escalation>(base(organisationId), body);

export const updateEscalation = (organisationId: string, escalationId: string, body: UpdateEscalationRequest) =>
  api.patch<Escalation>(`${base(organisationId)}/${escalationId}`, body);
