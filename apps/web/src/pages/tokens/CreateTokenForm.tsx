import type { CreateTokenResponse } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createToken, tokensQuery } from '../../api/tokens.ts';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { dayEnd } from '../../lib/format.ts';

type Scope = CreateTokenResponse['apiToken']['scope'];
type Props = { organisationId: string; onCreated: (created: CreateTokenResponse) => void };

export function CreateTokenForm({ organisationId, onCreated }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<Scope>('read');
  const [expires, setExpires] = useState('');
  const mutation = useMutation({
    mutationFn: () => {
      const expiresAt = dayEnd(expires);
      return createToken({ organisationId, name: name.trim(), scope, ...(expiresAt ? { expiresAt } : {}) });
    },
    onSuccess: async (created) => {
      onCreated(created);
      setName('');
      setExpires('');
      await queryClient.invalidateQueries({ queryKey: tokensQuery(organisationId).queryKey });
      document.getElementById('new-token-secret')?.focus();
    },
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate();
  }

  return (
    <section aria-labelledby="create-token-heading" className="mt-7">
      <h2 id="create-token-heading">{t('tokens.createHeading')}</h2>
      <p>{t('tokens.createIntro')}</p>
      <ErrorAlert error={mutation.error} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="token-name"
          label={t('fields.name')}
          hint={t('tokens.nameHint')}
          required
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(mutation.error, 'name')}
        />
        <SelectField
          id="token-scope"
          label={t('tokens.scope')}
          value={scope}
          onChange={(e) => setScope(e.target.value as Scope)}
          options={[
            { value: 'read', label: t('tokens.scopes.read') },
            { value: 'read-write', label: t('tokens.scopes.read-write') },
          ]}
          error={fieldError(mutation.error, 'scope')}
        />
        <TextField
          id="token-expires"
          label={t('tokens.expiresOptional')}
          type="date"
          value={expires}
          onChange={(e) => setExpires(e.target.value)}
          error={fieldError(mutation.error, 'expiresAt')}
        />
        <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
          {t('tokens.createSubmit')}
        </button>
      </form>
    </section>
  );
}
