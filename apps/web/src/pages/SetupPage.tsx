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
import { useRoleLabel } from '../lib/useRoleLabel.ts';
import { setSelectedOrganisationId } from '../session/organisationStore.ts';
import { useSignIn } from '../session/useSignIn.ts';
import { InvitationAnswer } from './invitations/InvitationAnswer.tsx';
import { useSetupOrganisation } from './SetupOrganisationFields.tsx';

const route = getRouteApi('/opsaetning');

export function SetupPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const info = useQuery({ ...setupInfoQuery(token ?? ''), enabled: Boolean(token) });
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const newPassword = useNewPassword('setup');
  const roleLabel = useRoleLabel();
  const ownOrganisation = useSetupOrganisation(info.data?.municipalities ?? []);
  const mutation = useMutation({
    mutationFn: completeSetup,
    onSuccess: (me) => {
      // The organisation just joined is the one to show.
      const joined = info.data?.invitation?.organisationId;
      if (joined) setSelectedOrganisationId(joined);
      return signIn(me);
    },
  });

  const pageTitle = info.data?.purpose === 'password_reset' ? t('setup.titlePasswordReset') : t('setup.title');
  const heading = <PageHeading title={pageTitle}>{pageTitle}</PageHeading>;
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
  const reset = info.data.purpose === 'password_reset';
  const invitation = info.data.invitation;
  if (invitation?.account === 'existing') {
    const title = t('invitation.title', { organisation: invitation.organisationName });
    return (
      <div className="row">
        <div className="col-12 col-md-8 col-lg-6">
          <PageHeading title={title}>{title}</PageHeading>
          <InvitationAnswer token={token} email={info.data.email ?? ''} invitation={invitation} />
        </div>
      </div>
    );
  }
  // A person new to Overblik, invited into an organisation, chooses their name too (the invitation may suggest one).
  const choosesName = bootstrap || invitation !== null;
  const chosenName = name || (invitation ? (info.data.name ?? '') : '');

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const owner = bootstrap
      ? { email: email.trim(), name: name.trim() }
      : { email: info.data?.email ?? '', name: (choosesName ? chosenName.trim() : info.data?.name) ?? null };
    const organisation = bootstrap ? ownOrganisation.read() : undefined;
    if (!newPassword.validate(owner) || !token || organisation === false) return;
    mutation.mutate({
      token,
      password: newPassword.password,
      ...(bootstrap ? { email: email.trim() } : {}),
      ...(organisation ? { organisation } : {}),
      ...(choosesName ? { name: chosenName.trim() } : {}),
    });
  }

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        {heading}
        <p className="font-lead">
          {bootstrap
            ? t('setup.introBootstrap')
            : invitation
              ? t('setup.introOrganisationInvitation', {
                  invitedBy: invitation.invitedBy,
                  organisation: invitation.organisationName,
                  role: roleLabel(invitation.role),
                })
              : reset
                ? t('setup.introPasswordReset', { name: info.data.name ?? '' })
                : t('setup.introInvitation', { name: info.data.name ?? '' })}
        </p>
        {!bootstrap && info.data.email ? (
          <p>
            {t('fields.email')}: <strong>{info.data.email}</strong>
          </p>
        ) : null}
        <ErrorAlert error={mutation.error} />
        <form onSubmit={onSubmit} noValidate>
          {bootstrap ? (
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
          ) : null}
          {choosesName ? (
            <TextField
              id="setup-name"
              label={t('fields.name')}
              autoComplete="name"
              required
              value={chosenName}
              onChange={(e) => setName(e.target.value)}
              error={fieldError(mutation.error, 'name')}
            />
          ) : null}
          {newPassword.fields(fieldError(mutation.error, 'password'))}
          {bootstrap ? ownOrganisation.fields(mutation.error) : null}
          <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
            {t('setup.submit')}
          </button>
        </form>
      </div>
    </div>
  );
}
