import type { OptionListName, OptionValue } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionListsKey, updateOption } from '../../api/optionLists.ts';
import { fieldError } from '../../components/ErrorAlert.tsx';
import { InlineEditForm } from '../../components/InlineEditForm.tsx';
import { TextField } from '../../components/TextField.tsx';

type Props = { organisationId: string; list: OptionListName; value: OptionValue; onDone: () => void };

/** Renames a value in place; its key, and so every object that uses it, stays the same. */
export function RenameOptionForm({ organisationId, list, value, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [label, setLabel] = useState(value.label);
  const mutation = useMutation({
    mutationFn: () => updateOption(organisationId, list, value.key, { label: label.trim() }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: optionListsKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
      onDone();
    },
  });

  return (
    <InlineEditForm
      label={t('optionLists.renameNamed', { label: value.label })}
      error={mutation.error}
      pending={mutation.isPending}
      onSubmit={() => mutation.mutate()}
      onCancel={onDone}
      initialFocus="select"
    >
      <TextField
        id={`rename-${list}-${value.key}`}
        label={t('optionLists.newLabel', { label: value.label })}
        required
        autoComplete="off"
        value={label}
        onChange={(e) => setLabel(e.target.value)}
        error={fieldError(mutation.error, 'label')}
      />
    </InlineEditForm>
  );
}
