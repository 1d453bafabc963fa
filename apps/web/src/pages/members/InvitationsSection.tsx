import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { invitationsQuery } from '../../api/members.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { InvitationRow } from './InvitationRow.tsx';

/** The organisation's open invitations (administrators): each stays here until the person accepts or declines. */
export function InvitationsSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const invitations = useQuery(invitationsQuery(organisationId));
  return (
    <section aria-labelledby="invitations-heading" className="mt-7">
      <h2 id="invitations-heading">{t('members.invitationsHeading')}</h2>
      <p>{t('members.invitationsIntro')}</p>
      {invitations.isPending ? <Loading /> : null}
      {invitations.isError ? <ErrorAlert error={invitations.error} /> : null}
      {invitations.isSuccess && invitations.data.items.length === 0 ? <p>{t('members.noInvitations')}</p> : null}
      {invitations.isSuccess && invitations.data.items.length > 0 ? (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('members.invitationsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.email')}</th>
                <th scope="col">{t('fields.role')}</th>
                <th scope="col">{t('members.invitedBy')}</th>
                <th scope="col">{t('members.expires')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.data.items.map((i) => (
                <InvitationRow key={i.id} invitation={i} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </section>
  );
}
