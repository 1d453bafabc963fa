import type { Activity } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { createActivity } from '../../api/activities.ts';
import type { ActivityOwner } from './ActivitiesSection.tsx';
import { ActivityForm } from './ActivityForm.tsx';
import { type ActivityBody, useActivityFields } from './useActivityFields.tsx';

type Props = { organisationId: string; owner: ActivityOwner; idPrefix: string; onDone: (added: Activity | null) => void };

/** "Tilføj aktivitet" on a contract or a supplier. */
export function AddActivityForm({ organisationId, owner, idPrefix, onDone }: Props) {
  const { t } = useTranslation();
  const activity = useActivityFields(idPrefix, organisationId);
  return (
    <ActivityForm
      organisationId={organisationId}
      label={t('activities.add')}
      read={activity.read}
      save={(body: ActivityBody) => createActivity(organisationId, { ...body, ...owner })}
      fields={activity.fields}
      onCancel={() => onDone(null)}
      onSaved={onDone}
      submitLabel={t('activities.addSubmit')}
    />
  );
}
