import type { Invitation } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { invitationsQuery, resendInvitation, withdrawInvitation } from '../../api/members.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFormat } from '../../lib/format.ts';
import { useRoleLabel } from '../../lib/useRoleLabel.ts';

/** One open invitation: the address as typed (never a person's name), role, who sent it, expiry; send again or withdraw. */
export function InvitationRow({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const roleLabel = useRoleLabel();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: invitationsQuery(invitation.organisationId).queryKey });
  const resend = useMutation({
    mutationFn: () => resendInvitation(invitation.organisationId, invitation.id),
    onSuccess: refresh,
  });
  const withdraw = useMutation({
    mutationFn: () => withdrawInvitation(invitation.organisationId, invitation.id),
    onSuccess: refresh,
  });

  return (
    <tr>
      <td>{invitation.email}</td>
      <td>{roleLabel(invitation.role)}</td>
      <td>{invitation.invitedBy}</td>
      <td>
        {invitation.expired ? (
          <span className="badge badge-warning">{t('members.invitationExpired')}</span>
        ) : (
          format.dateTime(invitation.expiresAt)
        )}
      </td>
      <td>
        <button
          type="button"
          className="button button-tertiary"
          aria-label={t('members.resendNamed', { email: invitation.email })}
          disabled={resend.isPending}
          onClick={() => resend.mutate()}
        >
          {t('members.resend')}
        </button>
        <ConfirmAction
          label={t('members.withdraw')}
          accessibleLabel={t('members.withdrawNamed', { email: invitation.email })}
          question={t('members.withdrawQuestion', { email: invitation.email })}
          confirmLabel={t('members.withdrawConfirm')}
          pending={withdraw.isPending}
          onConfirm={() => withdraw.mutate()}
        />
        {resend.isSuccess ? (
          <span role="status" className="d-block">
            {t('members.resent')}
          </span>
        ) : null}
        {resend.isError ? <ErrorAlert error={resend.error} /> : null}
        {withdraw.isError ? <ErrorAlert error={withdraw.error} /> : null}
      </td>
    </tr>
  );
}
