import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { completeSetup, setupInfoQuery } from '../api/auth.ts';
import { Alert } from '../components/Alert.tsx';
import { ErrorAlert, fieldError } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { useNewPassword } from '../components/NewPasswordFields.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { TextField } from '../components/TextField.tsx';
import { useSignIn } from '../session/useSignIn.ts';

const route = getRouteApi('/opsaetning');

export function SetupPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const info = useQuery({ ...setupInfoQuery(token ?? ''), enabled: Boolean(token) });
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const newPassword = useNewPassword('setup');
  const mutation = useMutation({ mutationFn: completeSetup, onSuccess: (me) => signIn(me) });

  const heading = <PageHeading title={t('setup.title')}>{t('setup.title')}</PageHeading>;
  if (!token) {
    return (
      <>
        {heading}
        <Alert variant="error" heading={t('setup.missingToken')} />
        <Link to="/login">{t('setup.toLogin')}</Link>
      </>
    );
  }
  if (info.isPending)
    return (
      <>
        {heading}
        <Loading />
      </>
    );
  if (info.isError) {
    return (
      <>
        {heading}
        <ErrorAlert error={info.error} />
        <Link to="/login">{t('setup.toLogin')}</Link>
      </>
    );
  }
  const bootstrap = info.data.purpose === 'bootstrap';

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const owner = bootstrap
      ? { email: email.trim(), name: name.trim() }
      : { email: info.data?.email ?? '', name: info.data?.name ?? null };
    if (!newPassword.validate(owner) || !token) return;
    mutation.mutate({ token, password: newPassword.password, ...(bootstrap ? { email: email.trim(), name: name.trim() } : {}) });
  }

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        {heading}
        <p className="font-lead">
          {bootstrap ? t('setup.introBootstrap') : t('setup.introInvitation', { name: info.data.name ?? '' })}
        </p>
        {!bootstrap && info.data.email ? (
          <p>
            {t('fields.email')}: <strong>{info.data.email}</strong>
          </p>
        ) : null}
        <ErrorAlert error={mutation.error} />
        <form onSubmit={onSubmit} noValidate>
          {bootstrap ? (
            <>
              <TextField
                id="setup-email"
                label={t('fields.email')}
                type="email"
                autoComplete="email"
                required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                error={fieldError(mutation.error, 'email')}
              />
              <TextField
                id="setup-name"
                label={t('fields.name')}
                autoComplete="name"
                required
                value={name}
                onChange={(e) => setName(e.target.value)}
                error={fieldError(mutation.error, 'name')}
              />
            </>
          ) : null}
          {newPassword.fields(fieldError(mutation.error, 'password'))}
          <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
            {t('setup.submit')}
          </button>
        </form>
      </div>
    </div>
  );
}
