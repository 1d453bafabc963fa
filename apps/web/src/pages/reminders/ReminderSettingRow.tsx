import type { ReminderSetting } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reminderSettingsKey, resetReminderSetting } from '../../api/reminders.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { optionLabel } from '../../lib/optionChoices.ts';
import { useEditToggle } from '../../lib/useEditToggle.ts';
import { useOptionList } from '../../lib/useOptionLists.ts';
import { EditReminderSettingForm } from './EditReminderSettingForm.tsx';

type Props = { organisationId: string; setting: ReminderSetting; canAdminister: boolean; columns: number };

/** One activity type's reminders: "Rediger" opens its form in the row; "Nulstil" goes back to the default. */
export function ReminderSettingRow({ organisationId, setting: s, canAdminister, columns }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const types = useOptionList(organisationId, 'activity_type');
  const roles = useOptionList(organisationId, 'responsibility_role');
  const { editing, setEditing, editButton } = useEditToggle();
  const name = optionLabel(types, s.activityType);
  const reset = useMutation({
    mutationFn: () => resetReminderSetting(organisationId, s.activityType),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reminderSettingsKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
      editButton.current?.focus();
    },
  });

  if (editing) {
    return (
      <tr>
        <td colSpan={columns}>
          <EditReminderSettingForm organisationId={organisationId} setting={s} name={name} onDone={() => setEditing(false)} />
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <td>{name}</td>
      <td>{s.leadDays.length ? t('activities.leadDaysShort', { days: s.leadDays.join(', ') }) : t('reminders.noReminders')}</td>
      <td>{s.roles.length ? s.roles.map((r) => optionLabel(roles, r)).join(', ') : '–'}</td>
      <td>{s.extraEmails.length ? s.extraEmails.join(', ') : '–'}</td>
      <td>
        {s.isDefault ? (
          <span className="badge">{t('reminders.default')}</span>
        ) : (
          <span className="badge badge-info">{t('reminders.custom')}</span>
        )}
      </td>
      {canAdminister ? (
        <td>
          <span className="row-actions">
            <button
              ref={editButton}
              type="button"
              className="button button-tertiary"
              aria-label={t('reminders.editNamed', { name })}
              onClick={() => setEditing(true)}
            >
              {t('contracts.edit')}
            </button>
            {s.isDefault ? null : (
              <ConfirmAction
                label={t('reminders.reset')}
                accessibleLabel={t('reminders.resetNamed', { name })}
                question={t('reminders.resetQuestion', { name })}
                confirmLabel={t('reminders.resetConfirm')}
                pending={reset.isPending}
                onConfirm={() => reset.mutate()}
              />
            )}
          </span>
          {reset.isError ? <ErrorAlert error={reset.error} /> : null}
        </td>
      ) : null}
    </tr>
  );
}
