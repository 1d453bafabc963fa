import type { OptionListName } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addOption, optionListsKey } from '../../api/optionLists.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';

type Props = { organisationId: string; list: OptionListName; title: string };

export function AddOptionForm({ organisationId, list, title }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [label, setLabel] = useState('');
  const mutation = useMutation({
    mutationFn: () => addOption(organisationId, list, { label: label.trim() }),
    onSuccess: async () => {
      setLabel('');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: optionListsKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4" aria-label={t('optionLists.addNamed', { list: title })}>
      {mutation.isSuccess ? <Alert variant="success" heading={t('optionLists.added', { label: mutation.data.label })} /> : null}
      <ErrorAlert error={mutation.error} />
      <div className="filter-row">
        <TextField
          id={`add-option-${list}`}
          label={t('optionLists.addLabel', { list: title })}
          required
          autoComplete="off"
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          error={fieldError(mutation.error, 'label')}
        />
        <button type="submit" className="button button-secondary" disabled={mutation.isPending}>
          {t('optionLists.addSubmit')}
        </button>
      </div>
    </form>
  );
}
