import type { UserAccount } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { updateUser, usersQuery } from '../../api/members.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFormat } from '../../lib/format.ts';

type Props = { user: UserAccount; isSelf: boolean };

/** One person; a system administrator can disable (offboard) or re-enable anyone but themselves. */
export function PersonRow({ user, isSelf }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const disabled = user.disabledAt !== null;
  const toggle = useMutation({
    mutationFn: () => updateUser(user.id, { disabled: !disabled }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQuery.queryKey }),
  });
  const status = disabled ? t('persons.disabled') : user.hasPassword ? t('members.active') : t('members.invited');
  return (
    <tr>
      <td>{user.name}</td>
      <td>{user.email}</td>
      <td>{user.isSystemAdmin ? t('common.yes') : t('common.no')}</td>
      <td>{status}</td>
      <td>{format.date(user.createdAt)}</td>
      <td>
        {isSelf ? null : (
          <ConfirmAction
            label={disabled ? t('persons.enable') : t('persons.disable')}
            accessibleLabel={t(disabled ? 'persons.enableNamed' : 'persons.disableNamed', { name: user.name })}
            question={t(disabled ? 'persons.enableQuestion' : 'persons.disableQuestion', { name: user.name })}
            confirmLabel={disabled ? t('persons.enable') : t('persons.disable')}
            onConfirm={() => toggle.mutate()}
            pending={toggle.isPending}
          />
        )}
        {toggle.isError ? <ErrorAlert error={toggle.error} /> : null}
      </td>
    </tr>
  );
}
