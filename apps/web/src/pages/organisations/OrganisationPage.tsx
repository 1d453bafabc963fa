import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { organisationQuery } from '../../api/organisations.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { useRequiredMe } from '../../session/me.ts';
import { useMay } from '../../session/rights.ts';
import { EditOrganisationForm } from './EditOrganisationForm.tsx';
import { OrganisationDetails } from './OrganisationDetails.tsx';
import { UnitsSection } from './UnitsSection.tsx';

const route = getRouteApi('/_authenticated/organisationer/$organisationId');

export function OrganisationPage() {
  const { t } = useTranslation();
  const { organisationId } = route.useParams();
  const me = useRequiredMe();
  const current = useCurrentOrganisation();
  const organisation = useQuery(organisationQuery(organisationId));
  const canAdminister = useMay()('admin', organisationId);

  if (organisation.isPending) {
    return (
      <>
        <PageHeading title={t('organisations.detailTitle')}>{t('organisations.detailTitle')}</PageHeading>
        <Loading />
      </>
    );
  }
  if (organisation.isError) {
    return (
      <>
        <PageHeading title={t('organisations.detailTitle')}>{t('organisations.detailTitle')}</PageHeading>
        <ErrorAlert error={organisation.error} />
      </>
    );
  }
  const o = organisation.data;
  return (
    <>
      <PageHeading title={o.name}>{o.name}</PageHeading>
      <OrganisationDetails organisation={o} />
      {me.user.isSystemAdmin && current.organisationId !== o.id ? (
        <button type="button" className="button button-secondary mb-5" onClick={() => current.select(o.id)}>
          {t('organisations.makeCurrent')}
        </button>
      ) : null}
      <UnitsSection organisationId={o.id} canAdminister={canAdminister} />
      {me.user.isSystemAdmin ? <EditOrganisationForm key={o.updatedAt} organisation={o} /> : null}
    </>
  );
}
