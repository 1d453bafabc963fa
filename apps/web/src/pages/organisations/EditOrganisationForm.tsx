import type { Organisation } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationsKey, updateOrganisation } from '../../api/organisations.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useOrganisationFields } from './OrganisationFields.tsx';

export function EditOrganisationForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useOrganisationFields('edit-organisation', organisation);
  const mutation = useMutation({
    mutationFn: () => updateOrganisation(organisation.id, form.values),
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
        {form.fields(mutation.error)}
        <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
          {t('common.save')}
        </button>
      </form>
    </section>
  );
}
