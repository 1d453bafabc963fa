import type {
  AddMemberRequest,
  AddMemberResponse,
  CreateUserRequest,
  Invitation,
  InvitationList,
  Member,
  UpdateUserRequest,
  UserAccount,
} from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { CreateUserResponse, MemberList, RoleName, UserList } from './types.ts';

export { ROLES } from '@overblik/core';

export const membersQuery = (organisationId: string) =>
  queryOptions({
    queryKey: ['organisations', organisationId, 'members'],
    queryFn: () => api.get<MemberList>(`/organisations/${organisationId}/members`),
  });

/** A system administrator who is not a member becomes an administrator of the organisation. */
export const joinAsAdministrator = (organisationId: string) =>
  api.post<Member>(`/organisations/${organisationId}/members/me`, undefined);

/** Invites an address into the organisation; the person becomes a member when they accept the mailed link. */
export const addMember = (organisationId: string, body: AddMemberRequest) =>
  api.post<AddMemberResponse>(`/organisations/${organisationId}/members`, body);

export const invitationsQuery = (organisationId: string) =>
  queryOptions({
    queryKey: ['organisations', organisationId, 'invitations'],
    queryFn: () => api.get<InvitationList>(`/organisations/${organisationId}/invitations`),
  });

export const resendInvitation = (organisationId: string, invitationId: string) =>
  api.post<Invitation>(`/organisations/${organisationId}/invitations/${invitationId}/resend`);

export const withdrawInvitation = (organisationId: string, invitationId: string) =>
  api.delete(`/organisations/${organisationId}/invitations/${invitationId}`);

export const changeMemberRole = (organisationId: string, memberId: string, role: RoleName) =>
  api.patch<Member>(`/organisations/${organisationId}/members/${memberId}`, { role });

export const removeMember = (organisationId: string, memberId: string) =>
  api.delete(`/organisations/${organisationId}/members/${memberId}`);

export const usersQuery = queryOptions({ queryKey: ['users'], queryFn: () => api.get<UserList>('/users') });

export const createUser = (body: CreateUserRequest) => api.post<CreateUserResponse>('/users', body);

export const updateUser = (userId: string, body: UpdateUserRequest) => api.patch<UserAccount>(`/users/${userId}`, body);
