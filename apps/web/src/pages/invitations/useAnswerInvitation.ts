import { useMutation, useQueryClient } from '@tanstack/react-query';
import { acceptInvitation, declineInvitation, myInvitationsQuery } from '../../api/invitations.ts';
import { rememberMe } from '../../session/me.ts';
import { setSelectedOrganisationId } from '../../session/organisationStore.ts';

/**
 * Accepting or declining an invitation to the signed-in person's address. Accepting makes the person a member:
 * the new membership is remembered and its organisation chosen.
 */
export function useAnswerInvitation(invitation: { id: string; organisationId: string }) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: myInvitationsQuery.queryKey });
  const accept = useMutation({
    mutationFn: () => acceptInvitation(invitation.id),
    onSuccess: async (me) => {
      rememberMe(queryClient, me);
      setSelectedOrganisationId(invitation.organisationId);
      await refresh();
    },
  });
  const decline = useMutation({ mutationFn: () => declineInvitation(invitation.id), onSuccess: refresh });
  return { accept, decline, pending: accept.isPending || decline.isPending };
}
