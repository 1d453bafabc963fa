import type { Me, MyInvitationList } from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';

/** The open invitations to the signed-in person's own e-mail address. */
export const myInvitationsQuery = queryOptions({
  queryKey: ['me', 'invitations'],
  queryFn: () => api.get<MyInvitationList>('/me/invitations'),
});

export const acceptInvitation = (invitationId: string) => api.post<Me>(`/me/invitations/${invitationId}/accept`);

export const declineInvitation = (invitationId: string) => api.post<void>(`/me/invitations/${invitationId}/decline`);
