import type { Meeting } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { deleteMeeting, meetingsKey } from '../../api/meetings.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

/** Deletes a meeting with its agenda, minutes, actions and their activities. */
export function DeleteMeeting({ organisationId, meeting }: { organisationId: string; meeting: Meeting }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => deleteMeeting(organisationId, meeting.id),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: [...meetingsKey(organisationId), 'list'] });
      await navigate({ to: '/leverandoerstyring/moeder' });
      queryClient.removeQueries({ queryKey: [...meetingsKey(organisationId), meeting.id] });
      await queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
  return (
    <section aria-labelledby="delete-meeting-heading" className="mt-7">
      <h2 id="delete-meeting-heading">{t('meetings.deleteHeading')}</h2>
      <ConfirmAction
        label={t('meetings.delete')}
        question={t('meetings.deleteQuestion', { title: meeting.title })}
        confirmLabel={t('meetings.deleteConfirm')}
        pending={remove.isPending}
        onConfirm={() => remove.mutate()}
      />
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
    </section>
  );
}
