import type {
  AddBodyMemberRequest,
  AddParticipantRequest,
  CentralRole,
  CentralRoleList,
  CollaborationLevel,
  CollaborationOrganisation,
  CollaborationParticipant,
  CreateCentralRoleRequest,
  CreateGovernanceBodyRequest,
  CreateLevelRequest,
  DrejebogBodiesResult,
  GovernanceBody,
  GovernanceBodyList,
  GovernanceBodyMember,
  UpdateGovernanceBodyRequest,
  UpdateLevelRequest,
  WhoDoesWhat,
  WhoDoesWhatQuery,
} from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl } from './client.ts';

/** Supplier management: governance bodies, collaboration organisations, central roles, who does what. */
export const governanceKey = (organisationId: string) => ['organisations', organisationId, 'governance'] as const;

export const bodiesQuery = (organisationId: string) =>
  queryOptions({
    queryKey: [...governanceKey(organisationId), 'bodies'],
    queryFn: () => api.get<GovernanceBodyList>(`/organisations/${organisationId}/governance-bodies`),
  });

export const bodyQuery = (organisationId: string, bodyId: string) =>
  queryOptions({
    queryKey: [...governanceKey(organisationId), 'bodies', bodyId],
    queryFn: () => api.get<GovernanceBody>(`/organisations/${organisationId}/governance-bodies/${bodyId}`),
  });

export const createDrejebogBodies = (organisationId: string) =>
  api.post<DrejebogBodiesResult>(`/organisations/${organisationId}/governance-bodies/drejebog`, undefined);

export const createBody = (organisationId: string, body: CreateGovernanceBodyRequest) =>
  api.post<GovernanceBody>(`/organisations/${organisationId}/governance-bodies`, body);

export const updateBody = (organisationId: string, bodyId: string, body: UpdateGovernanceBodyRequest) =>
  api.patch<GovernanceBody>(`/organisations/${organisationId}/governance-bodies/${bodyId}`, body);

export const deleteBody = (organisationId: string, bodyId: string) =>
  api.delete(`/organisations/${organisationId}/governance-bodies/${bodyId}`);

export const addBodyMember = (organisationId: string, bodyId: string, body: AddBodyMemberRequest) =>
  api.post<GovernanceBodyMember>(`/organisations/${organisationId}/governance-bodies/${bodyId}/members`, body);

export const removeBodyMember = (organisationId: string, bodyId: string, bodyMemberId: string) =>
  api.delete(`/organisations/${organisationId}/governance-bodies/${bodyId}/members/${bodyMemberId}`);

const collaborationPath = (organisationId: string, supplierId: string) =>
  `/organisations/${organisationId}/suppliers/${supplierId}/collaboration`;

export const collaborationQuery = (organisationId: string, supplierId: string, contractId: string | null) =>
  queryOptions({
    queryKey: [...governanceKey(organisationId), 'collaboration', supplierId, contractId],
    queryFn: () =>
      api.get<CollaborationOrganisation>(collaborationPath(organisationId, supplierId), contractId ? { contractId } : undefined),
  });

export const createDefaultLevels = (organisationId: string, supplierId: string, contractId: string | null) =>
  api.post<CollaborationOrganisation>(
    `${collaborationPath(organisationId, supplierId)}/defaults`,
    contractId ? { contractId } : {},
  );

export const createLevel = (organisationId: string, supplierId: string, body: CreateLevelRequest) =>
  api.post<CollaborationLevel>(`${collaborationPath(organisationId, supplierId)}/levels`, body);

export const updateLevel = (organisationId: string, supplierId: string, levelId: string, body: UpdateLevelRequest) =>
  api.patch<CollaborationLevel>(`${collaborationPath(organisationId, supplierId)}/levels/${levelId}`, body);

export const deleteLevel = (organisationId: string, supplierId: string, levelId: string) =>
  api.delete(`${collaborationPath(organisationId, supplierId)}/levels/${levelId}`);

export const addParticipant = (organisationId: string, supplierId: string, levelId: string, body: AddParticipantRequest) =>
  api.post<CollaborationParticipant>(`${collaborationPath(organisationId, supplierId)}/levels/${levelId}/participants`, body);

export const removeParticipant = (organisationId: string, supplierId: string, levelId: string, participantId: string) =>
  api.delete(`${collaborationPath(organisationId, supplierId)}/levels/${levelId}/participants/${participantId}`);

export const centralRolesQuery = (organisationId: string) =>
  queryOptions({
    queryKey: [...governanceKey(organisationId), 'central-roles'],
    queryFn: () => api.get<CentralRoleList>(`/organisations/${organisationId}/central-roles`),
  });

export const createCentralRole = (organisationId: string, body: CreateCentralRoleRequest) =>
  api.post<CentralRole>(`/organisations/${organisationId}/central-roles`, body);

export const deleteCentralRole = (organisationId: string, centralRoleId: string) =>
  api.delete(`/organisations/${organisationId}/central-roles/${centralRoleId}`);

export const whoDoesWhatQuery = (organisationId: string, query: WhoDoesWhatQuery) =>
  queryOptions({
    queryKey: [...governanceKey(organisationId), 'who-does-what', query],
    queryFn: () => api.get<WhoDoesWhat>(`/organisations/${organisationId}/who-does-what`, query),
    placeholderData: (previous) => previous,
  });

export const whoDoesWhatExportUrl = (organisationId: string, format: 'xlsx' | 'csv', query: WhoDoesWhatQuery) =>
  apiUrl(`/organisations/${organisationId}/exports/who-does-what`, { ...query, format });
