import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPasswordReset } from '../api/auth.ts';
import { Alert } from '../components/Alert.tsx';
import { ErrorAlert, fieldError } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { TextField } from '../components/TextField.tsx';

/**
 * "Glemt adgangskode": asks for a mail with a one-time link to choose a new password. The answer reads the same
 * whether or not the address has an account, as the server's does.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const mutation = useMutation({ mutationFn: requestPasswordReset, onSuccess: (_, body) => setSentTo(body.email) });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate({ email: email.trim() });
  }

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeading title={t('forgotPassword.title')}>{t('forgotPassword.title')}</PageHeading>
        {sentTo ? (
          <>
            <Alert variant="success" heading={t('forgotPassword.sentHeading')}>
              <p>{t('forgotPassword.sent', { email: sentTo })}</p>
            </Alert>
            <Link to="/login">{t('forgotPassword.toLogin')}</Link>
          </>
        ) : (
          <>
            <p className="font-lead">{t('forgotPassword.intro')}</p>
            <ErrorAlert error={mutation.error} />
            <form onSubmit={onSubmit} noValidate>
              <TextField
                id="forgot-email"
                label={t('fields.email')}
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                error={fieldError(mutation.error, 'email')}
              />
              <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
                {t('forgotPassword.submit')}
              </button>
            </form>
            <p className="mt-5">
              <Link to="/login">{t('forgotPassword.toLogin')}</Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
