import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../../api/auth.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { MIN_PASSWORD_LENGTH } from '../../lib/password.ts';

type LocalErrors = { newPassword?: string; repeat?: string };

export function PasswordForm() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [local, setLocal] = useState<LocalErrors>({});
  const mutation = useMutation({
    mutationFn: () => changePassword({ currentPassword, newPassword }),
    onSuccess: () => {
      setCurrent('');
      setNew('');
      setRepeat('');
    },
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors: LocalErrors = {};
    if (newPassword.length < MIN_PASSWORD_LENGTH) errors.newPassword = t('password.tooShort', { count: MIN_PASSWORD_LENGTH });
    if (newPassword !== repeat) errors.repeat = t('password.mismatch');
    setLocal(errors);
    if (errors.newPassword || errors.repeat) return;
    mutation.mutate();
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
        <TextField
          id="new-password"
          label={t('fields.newPassword')}
          type="password"
          autoComplete="new-password"
          required
          hint={t('password.hint', { count: MIN_PASSWORD_LENGTH })}
          value={newPassword}
          onChange={(e) => setNew(e.target.value)}
          error={local.newPassword ?? fieldError(mutation.error, 'newPassword')}
        />
        <TextField
          id="repeat-password"
          label={t('fields.repeatPassword')}
          type="password"
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={local.repeat}
        />
        <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
          {t('account.changePassword')}
        </button>
      </form>
    </section>
  );
}
