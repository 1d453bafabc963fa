import type { SetupInfo } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { LogoutButton } from '../../components/LogoutButton.tsx';
import { useRoleLabel } from '../../lib/useRoleLabel.ts';
import { useMe } from '../../session/me.ts';
import { useAnswerInvitation } from './useAnswerInvitation.ts';

type Props = { token: string; email: string; invitation: NonNullable<SetupInfo['invitation']> };

/**
 * The mailed link of an invitation to an address that has an account: the person logs in (and comes back here),
 * then accepts or declines. Signed in as someone else, they are told to log in as the invited address.
 */
export function InvitationAnswer({ token, email, invitation }: Props) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const me = useMe();
  const { accept, decline, pending } = useAnswerInvitation(invitation);
  const what = t('invitation.what', {
    invitedBy: invitation.invitedBy,
    organisation: invitation.organisationName,
    role: roleLabel(invitation.role),
  });

  if (accept.isSuccess) {
    return (
      <>
        <Alert variant="success" heading={t('invitation.accepted', { organisation: invitation.organisationName })} />
        <Link to="/">{t('invitation.toStart')}</Link>
      </>
    );
  }
  if (decline.isSuccess) {
    return <Alert variant="info" heading={t('invitation.declined', { organisation: invitation.organisationName })} />;
  }
  if (!me) {
    return (
      <>
        <p className="font-lead">{what}</p>
        <p>{t('invitation.logInFirst', { email })}</p>
        <Link
          to="/login"
          search={{ redirect: `/opsaetning?token=${encodeURIComponent(token)}` }}
          className="button button-primary"
        >
          {t('invitation.logIn')}
        </Link>
      </>
    );
  }
  if (me.user.email !== email) {
    return (
      <>
        <p className="font-lead">{what}</p>
        <Alert variant="warning" heading={t('invitation.otherPerson', { current: me.user.email, email })} />
        <LogoutButton />
      </>
    );
  }
  return (
    <>
      <p className="font-lead">{what}</p>
      <ErrorAlert error={accept.error ?? decline.error} />
      <div className="mt-5">
        <button type="button" className="button button-primary" disabled={pending} onClick={() => accept.mutate()}>
          {t('invitation.accept')}
        </button>{' '}
        <button type="button" className="button button-secondary" disabled={pending} onClick={() => decline.mutate()}>
          {t('invitation.decline')}
        </button>
      </div>
    </>
  );
}
