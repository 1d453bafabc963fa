import type { Activity, UpdateActivityRequest } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { updateActivity } from '../../api/activities.ts';
import { ActivityForm } from './ActivityForm.tsx';
import { useActivityFields } from './useActivityFields.tsx';

type Props = { activity: Activity; name: string; onDone: () => void };

/** "Rediger": every field of an activity entered by hand; of a derived one, what does not follow the terms. */
export function EditActivityForm({ activity, name, onDone }: Props) {
  const { t } = useTranslation();
  const fields = useActivityFields(`edit-activity-${activity.id}`, activity.organisationId, activity);
  return (
    <ActivityForm
      organisationId={activity.organisationId}
      label={t('activities.editForm', { name })}
      read={fields.readUpdate}
      save={(body: UpdateActivityRequest) => updateActivity(activity.organisationId, activity.id, body)}
      fields={fields.fields}
      onCancel={onDone}
      onSaved={onDone}
    />
  );
}
