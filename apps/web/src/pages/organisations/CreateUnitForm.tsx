import type { Unit } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createUnit, unitsQuery } from '../../api/organisations.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { ParentSelect } from './ParentSelect.tsx';

type Props = { organisationId: string; units: readonly Unit[] };

export function CreateUnitForm({ organisationId, units }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState('');
  const [ean, setEan] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      createUnit(organisationId, { name: name.trim(), parentId: parentId || null, ...(ean.trim() ? { ean: ean.trim() } : {}) }),
    onSuccess: async () => {
      setName('');
      setEan('');
      await queryClient.invalidateQueries({ queryKey: unitsQuery(organisationId).queryKey });
    },
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate();
  }

  return (
    <section aria-labelledby="create-unit-heading" className="mt-6">
      <h3 id="create-unit-heading">{t('units.createHeading')}</h3>
      {mutation.isSuccess ? <Alert variant="success" heading={t('units.created', { name: mutation.data.name })} /> : null}
      <ErrorAlert error={mutation.error} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="unit-name"
          label={t('fields.name')}
          required
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(mutation.error, 'name')}
        />
        <ParentSelect
          id="unit-parent"
          units={units}
          value={parentId}
          onChange={setParentId}
          error={fieldError(mutation.error, 'parentId')}
        />
        <TextField
          id="unit-ean"
          label={t('units.eanOptional')}
          hint={t('units.eanHint')}
          inputMode="numeric"
          autoComplete="off"
          value={ean}
          onChange={(e) => setEan(e.target.value)}
          error={fieldError(mutation.error, 'ean')}
        />
        <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
          {t('units.createSubmit')}
        </button>
      </form>
    </section>
  );
}
