import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMember, invitationsQuery, ROLES } from '../../api/members.ts';
import type { RoleName } from '../../api/types.ts';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useRoleLabel } from '../../lib/useRoleLabel.ts';

/** The address just invited: the answer names no one, whether or not the address has an account. */
export type Added = { email: string };

type Props = { organisationId: string; onAdded: (added: Added) => void };

/** Invites an e-mail address with a role; the person becomes a member when they accept the mailed link. */
export function AddMemberForm({ organisationId, onAdded }: Props) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<RoleName>('læser');
  const mutation = useMutation({
    mutationFn: () => addMember(organisationId, { email: email.trim(), role }),
    onSuccess: async (result) => {
      onAdded({ email: result.invitation.email });
      setEmail('');
      setRole('læser');
      await queryClient.invalidateQueries({ queryKey: invitationsQuery(organisationId).queryKey });
    },
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate();
  }

  return (
    <section aria-labelledby="add-member-heading" className="mt-7">
      <h2 id="add-member-heading">{t('members.addHeading')}</h2>
      <p>{t('members.addIntro')}</p>
      <ErrorAlert error={mutation.error} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="member-email"
          label={t('fields.email')}
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(mutation.error, 'email')}
        />
        <SelectField
          id="member-role"
          label={t('fields.role')}
          value={role}
          onChange={(e) => setRole(e.target.value as RoleName)}
          options={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
          error={fieldError(mutation.error, 'role')}
        />
        <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
          {t('members.addSubmit')}
        </button>
      </form>
    </section>
  );
}
