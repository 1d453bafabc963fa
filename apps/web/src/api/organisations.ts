import type {
  CreateOrganisationRequest,
  CreateUnitRequest,
  Organisation,
  Unit,
  UpdateOrganisationRequest,
  UpdateUnitRequest,
} from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { OrganisationList, UnitList } from './types.ts';

export type OrganisationFilter = { kind?: Organisation['kind'] | undefined; q?: string | undefined };

export const organisationsKey = ['organisations'] as const;

export const organisationsQuery = (filter: OrganisationFilter = {}) =>
  queryOptions({
    queryKey: [...organisationsKey, 'list', filter],
    queryFn: () => api.get<OrganisationList>('/organisations', { kind: filter.kind, q: filter.q }),
  });

export const organisationQuery = (organisationId: string) =>
  queryOptions({
    queryKey: [...organisationsKey, organisationId],
    queryFn: () => api.get<Organisation>(`/organisations/${organisationId}`),
  });

export const unitsQuery = (organisationId: string) =>
  queryOptions({
    queryKey: [...organisationsKey, organisationId, 'units'],
    queryFn: () => api.get<UnitList>(`/organisations/${organisationId}/units`),
  });

export const createOrganisation = (body: CreateOrganisationRequest) => api.post<Organisation>('/organisations', body);

export const updateOrganisation = (organisationId: string, body: UpdateOrganisationRequest) =>
  api.patch<Organisation>(`/organisations/${organisationId}`, body);

export const createUnit = (organisationId: string, body: CreateUnitRequest) =>
  api.post<Unit>(`/organisations/${organisationId}/units`, body);

export const updateUnit = (organisationId: string, unitId: string, body: UpdateUnitRequest) =>
  api.patch<Unit>(`/organisations/${organisationId}/units/${unitId}`, body);

export const deleteUnit = (organisationId: string, unitId: string) =>
  api.delete(`/organisations/${organisationId}/units/${unitId}`);
