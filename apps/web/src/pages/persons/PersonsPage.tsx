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
import { TableScroll } from '../../components/TableScroll.tsx';
import { useRequiredMe } from '../../session/me.ts';
import { CreatePersonForm } from './CreatePersonForm.tsx';
import { PersonRow } from './PersonRow.tsx';

export function PersonsPage() {
  const { t } = useTranslation();
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
          label={t('persons.invitationLabel', { name: created.user.name })}
          value={created.invitationUrl}
          warning={t('persons.invitationWarning')}
        />
      ) : null}
      {users.isPending ? <Loading /> : null}
      {users.isError ? <ErrorAlert error={users.error} /> : null}
      {users.isSuccess ? (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('persons.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('fields.email')}</th>
                <th scope="col">{t('persons.systemAdmin')}</th>
                <th scope="col">{t('members.status')}</th>
                <th scope="col">{t('persons.created')}</th>
                <th scope="col">{t('persons.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((u) => (
                <PersonRow key={u.id} user={u} isSelf={u.id === me.user.id} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <CreatePersonForm onCreated={setCreated} />
    </>
  );
}
