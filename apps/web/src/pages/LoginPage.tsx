import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { login } from '../api/auth.ts';
import { ErrorAlert, fieldError } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { TextField } from '../components/TextField.tsx';
import { useSignIn } from '../session/useSignIn.ts';

const route = getRouteApi('/login');

export function LoginPage() {
  const { t } = useTranslation();
  const { redirect } = route.useSearch();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const mutation = useMutation({ mutationFn: login, onSuccess: (me) => signIn(me, redirect) });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate({ email: email.trim(), password });
  }

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeading title={t('login.title')}>{t('login.title')}</PageHeading>
        <p className="font-lead">{t('login.intro')}</p>
        <ErrorAlert error={mutation.error} />
        <form onSubmit={onSubmit} noValidate>
          <TextField
            id="login-email"
            label={t('fields.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fieldError(mutation.error, 'email')}
          />
          <TextField
            id="login-password"
            label={t('fields.password')}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fieldError(mutation.error, 'password')}
          />
          <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
            {mutation.isPending ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
        <p className="mt-5">
          <Link to="/glemt-adgangskode">{t('login.forgotPassword')}</Link>
        </p>
      </div>
    </div>
  );
}
