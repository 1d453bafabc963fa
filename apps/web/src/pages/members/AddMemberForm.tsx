import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMember, membersQuery, ROLES } from '../../api/members.ts';
import type { RoleName } from '../../api/types.ts';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useRoleLabel } from '../../lib/useRoleLabel.ts';

export type Added = { name: string; invitationUrl: string | null };

type Props = { organisationId: string; onAdded: (added: Added) => void };

export function AddMemberForm({ organisationId, onAdded }: Props) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<RoleName>('læser');
  const mutation = useMutation({
    mutationFn: () => addMember(organisationId, { email: email.trim(), name: name.trim(), role }),
    onSuccess: async (result) => {
      onAdded({ name: result.member.name, invitationUrl: result.invitationUrl });
      setEmail('');
      setName('');
      setRole('læser');
      await queryClient.invalidateQueries({ queryKey: membersQuery(organisationId).queryKey });
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
        <TextField
          id="member-name"
          label={t('fields.name')}
          autoComplete="off"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(mutation.error, 'name')}
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
