import type { GovernanceBody } from '@overblik/api';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addBodyMember, removeBodyMember } from '../../api/governance.ts';
import { membersQuery } from '../../api/members.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useInvalidateGovernance } from './useInvalidateGovernance.ts';

type Props = { body: GovernanceBody; canWrite: boolean };

/** Who sits in the body (members of the organisation, each with a role in words), added and removed in place. */
export function BodyMembersSection({ body, canWrite }: Props) {
  const { t } = useTranslation();
  const organisationId = body.organisationId;
  const members = useQuery({ ...membersQuery(organisationId), enabled: canWrite });
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState('');
  const invalidate = useInvalidateGovernance(organisationId);
  const add = useMutation({
    mutationFn: () => addBodyMember(organisationId, body.id, { userId, role: role || null }),
    onSuccess: async () => {
      setUserId('');
      setRole('');
      await invalidate();
    },
  });
  const remove = useMutation({
    mutationFn: (bodyMemberId: string) => removeBodyMember(organisationId, body.id, bodyMemberId),
    onSuccess: invalidate,
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  const seated = new Set(body.members.map((m) => m.userId));
  const choices = (members.data?.items ?? []).filter((m) => !seated.has(m.userId));
  return (
    <section aria-labelledby="body-members-heading" className="mt-7">
      <h2 id="body-members-heading">{t('governance.members.heading')}</h2>
      {body.members.length === 0 ? (
        <p>{t('governance.members.none')}</p>
      ) : (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('governance.members.caption', { name: body.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('governance.fields.person')}</th>
                <th scope="col">{t('governance.fields.roleText')}</th>
                {canWrite ? <th scope="col">{t('common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {body.members.map((m) => (
                <tr key={m.id}>
                  <td>{m.name}</td>
                  <td>{m.role ?? '–'}</td>
                  {canWrite ? (
                    <td>
                      <ConfirmAction
                        label={t('governance.members.remove')}
                        accessibleLabel={t('governance.members.removeNamed', { name: m.name })}
                        question={t('governance.members.removeQuestion', { name: m.name, body: body.name })}
                        confirmLabel={t('governance.members.remove')}
                        onConfirm={() => remove.mutate(m.id)}
                        pending={remove.isPending}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <ErrorAlert error={remove.error} />
      {canWrite ? (
        <form onSubmit={onSubmit} noValidate className="mt-5">
          <h3>{t('governance.members.addHeading')}</h3>
          <ErrorAlert error={add.error} />
          <SelectField
            id="body-member-person"
            label={t('governance.fields.person')}
            value={userId}
            onChange={(e) => setUserId(e.target.value)}
            options={[
              { value: '', label: t('governance.choosePerson') },
              ...choices.map((m) => ({ value: m.userId, label: m.name })),
            ]}
            error={fieldError(add.error, '/userId')}
          />
          <TextField
            id="body-member-role"
            label={t('governance.fields.roleText')}
            hint={t('governance.members.roleHint')}
            value={role}
            onChange={(e) => setRole(e.target.value)}
            error={fieldError(add.error, '/role')}
            maxLength={100}
          />
          <button type="submit" className="button button-primary mt-5" disabled={add.isPending || userId === ''}>
            {t('governance.members.add')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
