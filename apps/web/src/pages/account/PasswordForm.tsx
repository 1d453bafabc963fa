import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../../api/auth.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { useNewPassword } from '../../components/NewPasswordFields.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useRequiredMe } from '../../session/me.ts';

export function PasswordForm() {
  const { t } = useTranslation();
  const me = useRequiredMe();
  const [currentPassword, setCurrent] = useState('');
  const newPassword = useNewPassword('new');
  const mutation = useMutation({
    mutationFn: () => changePassword({ currentPassword, newPassword: newPassword.password }),
    onSuccess: () => {
      setCurrent('');
      newPassword.reset();
    },
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (newPassword.validate(me.user)) mutation.mutate();
  }

  return (
    <section aria-labelledby="password-heading" className="mt-7">
      <h2 id="password-heading">{t('account.passwordHeading')}</h2>
      {mutation.isSuccess ? <Alert variant="success" heading={t('account.passwordChanged')} /> : null}
      <ErrorAlert error={mutation.error} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="current-password"
          label={t('fields.currentPassword')}
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
          error={fieldError(mutation.error, 'currentPassword')}
        />
        {newPassword.fields(fieldError(mutation.error, 'newPassword'))}
        <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
          {t('account.changePassword')}
        </button>
      </form>
    </section>
  );
}
