import type { MyInvitation } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { myInvitationsQuery } from '../../api/invitations.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFormat } from '../../lib/format.ts';
import { useRoleLabel } from '../../lib/useRoleLabel.ts';
import { useAnswerInvitation } from './useAnswerInvitation.ts';

function MyInvitationItem({ invitation }: { invitation: MyInvitation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const roleLabel = useRoleLabel();
  const { accept, decline, pending } = useAnswerInvitation(invitation);
  return (
    <li>
      {t('invitation.what', {
        invitedBy: invitation.invitedBy,
        organisation: invitation.organisationName,
        role: roleLabel(invitation.role),
      })}{' '}
      {t('invitation.expires', { date: format.dateTime(invitation.expiresAt) })}
      <div className="mt-3 mb-5">
        <button
          type="button"
          className="button button-primary"
          disabled={pending}
          aria-label={t('invitation.acceptNamed', { organisation: invitation.organisationName })}
          onClick={() => accept.mutate()}
        >
          {t('invitation.accept')}
        </button>{' '}
        <button
          type="button"
          className="button button-secondary"
          disabled={pending}
          aria-label={t('invitation.declineNamed', { organisation: invitation.organisationName })}
          onClick={() => decline.mutate()}
        >
          {t('invitation.decline')}
        </button>
      </div>
      <ErrorAlert error={accept.error ?? decline.error} />
    </li>
  );
}

/** The signed-in person's open invitations, on the start page (also where no mail could be sent). */
export function MyInvitationsSection() {
  const { t } = useTranslation();
  const invitations = useQuery(myInvitationsQuery);
  if (invitations.isError) return <ErrorAlert error={invitations.error} />;
  if (!invitations.isSuccess || invitations.data.items.length === 0) return null;
  return (
    <section aria-labelledby="my-invitations-heading" className="mt-6">
      <h2 id="my-invitations-heading">{t('invitation.mineHeading')}</h2>
      <ul className="nobullet-list">
        {invitations.data.items.map((i) => (
          <MyInvitationItem key={i.id} invitation={i} />
        ))}
      </ul>
    </section>
  );
}
