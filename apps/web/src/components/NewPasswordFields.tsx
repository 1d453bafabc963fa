import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type PasswordOwner, passwordProblem } from '@overblik/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './TextField.tsx';

type Errors = { password?: string; repeat?: string };

/**
 * A new password typed twice, checked in the browser by the same policy the server applies
 * (`passwordProblem` from @overblik/core), so the person hears about a weak password at once. The list of
 * common passwords is too large for the browser: the server checks it, and its field error
 * (`password_common`, in the page's language) is shown under the field like the others.
 */
export function useNewPassword(idPrefix: string) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  /** Checks the pair for the person with this e-mail address and name; returns whether it may be sent. */
  function validate(owner: PasswordOwner): boolean {
    const problem = passwordProblem(password, owner);
    const next: Errors = {
      ...(problem && { password: t(`password.${problem}`, { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH }) }),
      ...(password !== repeat && { repeat: t('password.mismatch') }),
    };
    setErrors(next);
    return !next.password && !next.repeat;
  }

  function reset() {
    setPassword('');
    setRepeat('');
    setErrors({});
  }

  function fields(serverError: string | undefined) {
    return (
      <>
        <TextField
          id={`${idPrefix}-password`}
          label={t('fields.newPassword')}
          type="password"
          autoComplete="new-password"
          required
          hint={t('password.hint', { count: MIN_PASSWORD_LENGTH })}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password ?? serverError}
        />
        <TextField
          id={`${idPrefix}-repeat`}
          label={t('fields.repeatPassword')}
          type="password"
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={errors.repeat}
        />
      </>
    );
  }

  return { password, validate, reset, fields };
}
