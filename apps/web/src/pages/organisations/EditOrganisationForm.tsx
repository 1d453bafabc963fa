import type { Organisation } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationsKey, updateOrganisation } from '../../api/organisations.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';

export function EditOrganisationForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(organisation.name);
  const [cvr, setCvr] = useState(organisation.cvr ?? '');
  const [region, setRegion] = useState(organisation.region ?? '');
  const mutation = useMutation({
    mutationFn: () =>
      updateOrganisation(organisation.id, { name: name.trim(), cvr: cvr.trim() || null, region: region.trim() || null }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationsKey }),
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate();
  }

  return (
    <section aria-labelledby="edit-organisation-heading" className="mt-7">
      <h2 id="edit-organisation-heading">{t('organisations.editHeading')}</h2>
      {mutation.isSuccess ? <Alert variant="success" heading={t('common.saved')} /> : null}
      <ErrorAlert error={mutation.error} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="edit-organisation-name"
          label={t('fields.name')}
          required
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(mutation.error, 'name')}
        />
        <TextField
          id="edit-organisation-cvr"
          label={t('organisations.cvrOptional')}
          hint={t('organisations.cvrHint')}
          inputMode="numeric"
          autoComplete="off"
          value={cvr}
          onChange={(e) => setCvr(e.target.value)}
          error={fieldError(mutation.error, 'cvr')}
        />
        <TextField
          id="edit-organisation-region"
          label={t('organisations.regionOptional')}
          autoComplete="off"
          value={region}
          onChange={(e) => setRegion(e.target.value)}
          error={fieldError(mutation.error, 'region')}
        />
        <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
          {t('common.save')}
        </button>
      </form>
    </section>
  );
}
