import type { PutReminderSettingRequest, ReminderSetting } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { putReminderSetting, reminderSettingsKey } from '../../api/reminders.ts';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { InlineEditForm } from '../../components/InlineEditForm.tsx';
import { TextField } from '../../components/TextField.tsx';
import { createInputReader } from '../../lib/formInput.ts';
import { useOptionChoices } from '../../lib/optionChoices.ts';
import { useOptionList } from '../../lib/useOptionLists.ts';
import { leadDaysText, parseEmails, parseLeadDays } from '../activities/activityInput.ts';
import { useFormErrors } from '../contracts/useFormErrors.ts';

type Props = { organisationId: string; setting: ReminderSetting; name: string; onDone: () => void };

/** The server's message for a field or one of its items (`/extraEmails/1`). */
function nestedError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.problem.errors?.find((e) => e.field === `/${field}` || e.field.startsWith(`/${field}/`))?.message;
}

/** An activity type's reminders: the days before the due date, who on the contract is reminded, and extra addresses. */
export function EditReminderSettingForm({ organisationId, setting, name, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const choices = useOptionChoices();
  const roleValues = useOptionList(organisationId, 'responsibility_role');
  const errors = useFormErrors();
  const idPrefix = `reminder-${setting.activityType}`;
  const [leadDays, setLeadDays] = useState(leadDaysText(setting.leadDays));
  const [roles, setRoles] = useState<string[]>([...setting.roles]);
  const [emails, setEmails] = useState(setting.extraEmails.join(', '));
  const mutation = useMutation({
    mutationFn: (body: PutReminderSettingRequest) => putReminderSetting(organisationId, setting.activityType, body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reminderSettingsKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
      onDone();
    },
  });

  function submit() {
    const reader = createInputReader(t);
    const body: PutReminderSettingRequest = {
      leadDays: reader.parse('leadDays', leadDays, parseLeadDays, t('activities.errors.leadDays')) ?? [],
      roles,
      extraEmails: reader.parse('extraEmails', emails, parseEmails, t('activities.errors.extraEmails')) ?? [],
    };
    errors.setLocal(reader.errors);
    if (reader.ok) mutation.mutate(body);
  }
  const errorFor = (field: string) => errors.errorFor(mutation.error, field) ?? nestedError(mutation.error, field);

  return (
    <InlineEditForm
      label={t('reminders.editForm', { name })}
      error={mutation.error}
      pending={mutation.isPending}
      onSubmit={submit}
      onCancel={onDone}
    >
      <TextField
        id={`${idPrefix}-lead-days`}
        label={t('reminders.leadDaysLabel', { name })}
        hint={t('reminders.leadDaysHint')}
        inputMode="numeric"
        autoComplete="off"
        value={leadDays}
        onChange={(e) => setLeadDays(e.target.value)}
        error={errorFor('leadDays')}
      />
      <CheckboxGroup
        id={`${idPrefix}-roles`}
        legend={t('reminders.rolesLegend')}
        hint={t('reminders.rolesHint')}
        options={choices(roleValues, setting.roles)}
        values={roles}
        onChange={setRoles}
        error={errorFor('roles')}
      />
      <TextField
        id={`${idPrefix}-extra-emails`}
        label={t('activities.fields.extraEmailsOptional')}
        hint={t('activities.fields.extraEmailsHint')}
        autoComplete="off"
        value={emails}
        onChange={(e) => setEmails(e.target.value)}
        error={errorFor('extraEmails')}
      />
    </InlineEditForm>
  );
}
