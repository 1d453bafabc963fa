import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usersQuery } from '../../api/members.ts';
import type { CreateUserResponse } from '../../api/types.ts';
import { CopyableSecret } from '../../components/CopyableSecret.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoAccess } from '../../components/NoAccess.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useFormat } from '../../lib/format.ts';
import { useRequiredMe } from '../../session/me.ts';
import { CreatePersonForm } from './CreatePersonForm.tsx';

export function PersonsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useRequiredMe();
  const users = useQuery({ ...usersQuery, enabled: me.user.isSystemAdmin });
  const [created, setCreated] = useState<CreateUserResponse | null>(null);
  const heading = <PageHeading title={t('persons.title')}>{t('persons.title')}</PageHeading>;
  if (!me.user.isSystemAdmin)
    return (
      <>
        {heading}
        <NoAccess />
      </>
    );

  return (
    <>
      {heading}
      <p className="font-lead">{t('persons.intro')}</p>
      {created?.invitationUrl ? (
        <CopyableSecret
          id="person-invitation-url"
          label={t('members.invitationLabel', { name: created.user.name })}
          value={created.invitationUrl}
          warning={t('members.invitationWarning')}
        />
      ) : null}
      {users.isPending ? <Loading /> : null}
      {users.isError ? <ErrorAlert error={users.error} /> : null}
      {users.isSuccess ? (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">{t('persons.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('fields.email')}</th>
                <th scope="col">{t('persons.systemAdmin')}</th>
                <th scope="col">{t('members.status')}</th>
                <th scope="col">{t('persons.created')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((u) => (
                <tr key={u.id}>
                  <td>{u.name}</td>
                  <td>{u.email}</td>
                  <td>{u.isSystemAdmin ? t('common.yes') : t('common.no')}</td>
                  <td>{u.disabledAt ? t('persons.disabled') : u.hasPassword ? t('members.active') : t('members.invited')}</td>
                  <td>{format.date(u.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <CreatePersonForm onCreated={setCreated} />
    </>
  );
}
