import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createUser, usersQuery } from '../../api/members.ts';
import type { CreateUserResponse } from '../../api/types.ts';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';

export function CreatePersonForm({ onCreated }: { onCreated: (created: CreateUserResponse) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [isSystemAdmin, setSystemAdmin] = useState(false);
  const mutation = useMutation({
    mutationFn: () => createUser({ email: email.trim(), name: name.trim(), isSystemAdmin }),
    onSuccess: async (created) => {
      onCreated(created);
      setEmail('');
      setName('');
      setSystemAdmin(false);
      await queryClient.invalidateQueries({ queryKey: usersQuery.queryKey });
    },
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate();
  }

  return (
    <section aria-labelledby="create-person-heading" className="mt-7">
      <h2 id="create-person-heading">{t('persons.createHeading')}</h2>
      <p>{t('persons.createIntro')}</p>
      <ErrorAlert error={mutation.error} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="person-email"
          label={t('fields.email')}
          type="email"
          required
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(mutation.error, 'email')}
        />
        <TextField
          id="person-name"
          label={t('fields.name')}
          required
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(mutation.error, 'name')}
        />
        <div className="form-group-checkbox mt-4">
          <input
            id="person-system-admin"
            type="checkbox"
            className="form-checkbox"
            checked={isSystemAdmin}
            onChange={(e) => setSystemAdmin(e.target.checked)}
          />
          <label className="form-label" htmlFor="person-system-admin">
            {t('persons.makeSystemAdmin')}
          </label>
        </div>
        <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
          {t('persons.createSubmit')}
        </button>
      </form>
    </section>
  );
}
