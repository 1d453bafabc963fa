import type { Me } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateMe } from '../../api/auth.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyLanguage, isLanguage, type Language } from '../../i18n/i18n.ts';
import { rememberMe } from '../../session/me.ts';

export function ProfileForm({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(me.user.name);
  const [locale, setLocale] = useState<Language>(isLanguage(i18n.language) ? i18n.language : me.user.locale);
  const mutation = useMutation({
    mutationFn: () => updateMe({ name: name.trim(), locale }),
    onSuccess: async (updated) => {
      rememberMe(queryClient, updated);
      await applyLanguage(updated.user.locale);
    },
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate();
  }

  return (
    <section aria-labelledby="profile-heading" className="mt-6">
      <h2 id="profile-heading">{t('account.profileHeading')}</h2>
      {mutation.isSuccess ? <Alert variant="success" heading={t('account.profileSaved')} /> : null}
      <ErrorAlert error={mutation.error} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="account-name"
          label={t('fields.name')}
          autoComplete="name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(mutation.error, 'name')}
        />
        <SelectField
          id="account-language"
          label={t('account.language')}
          value={locale}
          onChange={(e) => {
            if (isLanguage(e.target.value)) setLocale(e.target.value);
          }}
          options={[
            { value: 'da', label: 'Dansk' },
            { value: 'en', label: 'English' },
          ]}
        />
        <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
          {t('common.save')}
        </button>
      </form>
    </section>
  );
}
