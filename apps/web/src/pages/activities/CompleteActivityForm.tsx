import type { Activity } from '@overblik/api';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { completeActivity } from '../../api/activities.ts';
import { fieldError } from '../../components/ErrorAlert.tsx';
import { InlineEditForm } from '../../components/InlineEditForm.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { useActivitiesChanged } from './useActivitiesChanged.ts';

type Props = {
  activity: Activity;
  /** The activity's name for the form's label: "Markér Statusmøde som udført". */
  name: string;
  onCancel: () => void;
  /** After saving; the activity has moved on (a recurring one) or left the open list. */
  onCompleted: (completed: Activity) => void;
};

/**
 * "Markér som udført" with an optional note on what was done. The occurrence shown is the one completed, so a
 * change made meanwhile by someone else is refused rather than completing the next occurrence.
 */
export function CompleteActivityForm({ activity, name, onCancel, onCompleted }: Props) {
  const { t } = useTranslation();
  const changed = useActivitiesChanged(activity.organisationId);
  const [note, setNote] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      completeActivity(activity.organisationId, activity.id, { note: note.trim() || null, occurrenceOn: activity.dueOn }),
    onSuccess: async (completed) => {
      await changed();
      onCompleted(completed);
    },
  });
  return (
    <InlineEditForm
      label={t('activities.completeForm', { name })}
      error={mutation.error}
      pending={mutation.isPending}
      onSubmit={() => mutation.mutate()}
      onCancel={onCancel}
      submitLabel={t('activities.complete')}
    >
      <TextAreaField
        id={`complete-${activity.id}-note`}
        label={t('activities.noteOptional')}
        hint={t('activities.noteHint')}
        rows={3}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={fieldError(mutation.error, 'note')}
      />
    </InlineEditForm>
  );
}
