import type { OptionListName, OptionValue } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionListsKey, updateOption } from '../../api/optionLists.ts';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';

type Props = { organisationId: string; list: OptionListName; value: OptionValue; onDone: () => void };

/** Renames a value in place; its key, and so every object that uses it, stays the same. */
export function RenameOptionForm({ organisationId, list, value, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
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

  useEffect(() => {
    formRef.current?.querySelector('input')?.select();
  }, []);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate();
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="inline-edit"
      aria-label={t('optionLists.renameNamed', { label: value.label })}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      <ErrorAlert error={mutation.error} />
      <TextField
        id={`rename-${list}-${value.key}`}
        label={t('optionLists.newLabel', { label: value.label })}
        required
        autoComplete="off"
        value={label}
        onChange={(e) => setLabel(e.target.value)}
        error={fieldError(mutation.error, 'label')}
      />
      <div className="button-row mt-4">
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {t('common.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
