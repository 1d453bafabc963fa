import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { membersQuery } from '../api/members.ts';
import { unitsQuery } from '../api/organisations.ts';
import { NoOrganisation } from '../components/NoOrganisation.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useFormat } from '../lib/format.ts';
import { useRoleLabel } from '../lib/useRoleLabel.ts';
import { useCurrentOrganisation } from '../session/currentOrganisation.ts';
import { useRequiredMe } from '../session/me.ts';
import { DeadlineSummarySection } from './deadlines/DeadlineSummarySection.tsx';
import { GettingStarted } from './GettingStarted.tsx';
import { MyInvitationsSection } from './invitations/MyInvitationsSection.tsx';
import { JoinOrganisationNotice } from './JoinOrganisationNotice.tsx';

function Count({ value }: { value: number | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  return <>{value === undefined ? t('common.loadingShort') : format.number(value)}</>;
}

export function HomePage() {
  const { t } = useTranslation();
  const me = useRequiredMe();
  const current = useCurrentOrganisation();
  const roleLabel = useRoleLabel();
  const id = current.organisationId;
  const members = useQuery({ ...membersQuery(id ?? ''), enabled: id !== null });
  const units = useQuery({ ...unitsQuery(id ?? ''), enabled: id !== null });
  const name = current.membership?.organisationName ?? current.organisation?.name ?? '';
  const kind = current.membership?.organisationKind ?? current.organisation?.kind ?? null;

  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.welcome', { name: me.user.name })}</PageHeading>
      <p className="font-lead">{t(kind === 'fællesskab' ? 'home.introJoint' : 'home.intro')}</p>
      <MyInvitationsSection />
      {id === null ? (
        <NoOrganisation />
      ) : (
        <>
          {current.membership === null && me.user.isSystemAdmin ? (
            <JoinOrganisationNotice organisationId={id} name={name} />
          ) : null}
          <DeadlineSummarySection organisationId={id} />
          <section aria-labelledby="home-organisation" className="mt-6">
            <h2 id="home-organisation">{name}</h2>
            <dl className="summary-list">
              <dt>{t('home.yourRole')}</dt>
              <dd>{current.membership ? roleLabel(current.membership.role) : t('roles.systemAdministrator')}</dd>
              <dt>{t('home.memberCount')}</dt>
              <dd>{members.isError ? t('common.unavailable') : <Count value={members.data?.items.length} />}</dd>
              <dt>{t('home.unitCount')}</dt>
              <dd>{units.isError ? t('common.unavailable') : <Count value={units.data?.items.length} />}</dd>
            </dl>
            <GettingStarted organisationId={id} kind={kind} />
          </section>
        </>
      )}
    </>
  );
}
