import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { joinAsAdministrator } from '../api/members.ts';
import { Alert } from '../components/Alert.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { meKey } from '../session/me.ts';

/**
 * On the start page of a system administrator who is not a member of the organisation shown (as after the first
 * start): what that means — nobody to choose as responsible, no reminders — and a button to become its
 * administrator at once.
 */
export function JoinOrganisationNotice({ organisationId, name }: { organisationId: string; name: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const join = useMutation({
    mutationFn: () => joinAsAdministrator(organisationId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meKey });
      await queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, 'members'] });
    },
  });
  return (
    <Alert variant="info" live={false} heading={t('home.notMember.heading', { name })}>
      <p>{t('home.notMember.text')}</p>
      <ErrorAlert error={join.error} />
      <button type="button" className="button button-primary" disabled={join.isPending} onClick={() => join.mutate()}>
        {t('home.notMember.join', { name })}
      </button>
    </Alert>
  );
}
