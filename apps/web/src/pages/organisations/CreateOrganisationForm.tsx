import type { CreateOrganisationRequest } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createOrganisation, organisationsKey } from '../../api/organisations.ts';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useKindLabel } from '../../lib/useKindLabel.ts';
import { useOrganisationFields } from './OrganisationFields.tsx';

type Kind = CreateOrganisationRequest['kind'];

export function CreateOrganisationForm() {
  const { t } = useTranslation();
  const kindLabel = useKindLabel();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [kind, setKind] = useState<Kind>('fællesskab');
  const organisation = useOrganisationFields('organisation');
  const mutation = useMutation({
    mutationFn: () => createOrganisation({ kind, ...organisation.values }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: organisationsKey });
      await navigate({ to: '/organisationer/$organisationId', params: { organisationId: created.id } });
    },
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate();
  }

  return (
    <section aria-labelledby="create-organisation-heading" className="mt-7">
      <h2 id="create-organisation-heading">{t('organisations.createHeading')}</h2>
      <p>{t('organisations.createIntro')}</p>
      <ErrorAlert error={mutation.error} />
      <form onSubmit={onSubmit} noValidate>
        <SelectField
          id="organisation-kind"
          label={t('organisations.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as Kind)}
          options={(['fællesskab', 'anden'] as const).map((k) => ({ value: k, label: kindLabel(k) }))}
          error={fieldError(mutation.error, 'kind')}
        />
        {organisation.fields(mutation.error)}
        <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
          {t('organisations.createSubmit')}
        </button>
      </form>
    </section>
  );
}
