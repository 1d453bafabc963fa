import type { Member } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeMemberRole, membersQuery, ROLES, removeMember } from '../../api/members.ts';
import type { RoleName } from '../../api/types.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useRoleLabel } from '../../lib/useRoleLabel.ts';

type Props = { member: Member; canAdminister: boolean };

export function MemberRow({ member, canAdminister }: Props) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<RoleName>(member.role);
  const refresh = () => queryClient.invalidateQueries({ queryKey: membersQuery(member.organisationId).queryKey });
  const change = useMutation({ mutationFn: () => changeMemberRole(member.organisationId, member.id, role), onSuccess: refresh });
  const remove = useMutation({ mutationFn: () => removeMember(member.organisationId, member.id), onSuccess: refresh });
  const selectId = `role-${member.id}`;

  return (
    <tr>
      <td>{member.name}</td>
      <td>{member.email}</td>
      <td>
        {canAdminister ? (
          <div className="inline-form">
            <label className="sr-only" htmlFor={selectId}>
              {t('members.roleFor', { name: member.name })}
            </label>
            <select id={selectId} className="form-select" value={role} onChange={(e) => setRole(e.target.value as RoleName)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {roleLabel(r)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button-secondary"
              disabled={role === member.role || change.isPending}
              aria-label={t('members.saveRoleFor', { name: member.name })}
              onClick={() => change.mutate()}
            >
              {t('members.saveRole')}
            </button>
          </div>
        ) : (
          roleLabel(member.role)
        )}
        {change.isError ? <ErrorAlert error={change.error} /> : null}
      </td>
      <td>{member.hasPassword ? t('members.active') : t('members.invited')}</td>
      {canAdminister ? (
        <td>
          <ConfirmAction
            label={t('members.remove')}
            accessibleLabel={t('members.removeNamed', { name: member.name })}
            question={t('members.removeQuestion', { name: member.name })}
            confirmLabel={t('members.removeConfirm')}
            pending={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
          {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        </td>
      ) : null}
    </tr>
  );
}
