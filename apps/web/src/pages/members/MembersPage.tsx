import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { membersQuery } from '../../api/members.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { type Added, AddMemberForm } from './AddMemberForm.tsx';
import { InvitationsSection } from './InvitationsSection.tsx';
import { MemberRow } from './MemberRow.tsx';

export function MembersPage() {
  const { t } = useTranslation();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const members = useQuery({ ...membersQuery(id ?? ''), enabled: id !== null });
  const [added, setAdded] = useState<Added | null>(null);
  const heading = <PageHeading title={t('members.title')}>{t('members.title')}</PageHeading>;
  if (id === null)
    return (
      <>
        {heading}
        <NoOrganisation />
      </>
    );

  return (
    <>
      {heading}
      <p className="font-lead">{current.canAdminister ? t('members.introAdmin') : t('members.introReader')}</p>
      {added ? <Alert variant="success" heading={t('members.invitationSent', { email: added.email })} /> : null}
      {members.isPending ? <Loading /> : null}
      {members.isError ? <ErrorAlert error={members.error} /> : null}
      {members.isSuccess ? (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('members.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('fields.email')}</th>
                <th scope="col">{t('fields.role')}</th>
                <th scope="col">{t('members.status')}</th>
                {current.canAdminister ? <th scope="col">{t('common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {members.data.items.map((m) => (
                <MemberRow key={m.id} member={m} canAdminister={current.canAdminister} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {current.canAdminister ? (
        <>
          <InvitationsSection organisationId={id} />
          <AddMemberForm organisationId={id} onAdded={setAdded} />
        </>
      ) : null}
    </>
  );
}
