import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { CreateContractForm } from './CreateContractForm.tsx';

const route = getRouteApi('/_authenticated/kontrakter/ny');

export function NewContractPage() {
  const { t } = useTranslation();
  const current = useCurrentOrganisation();
  const search = route.useSearch();
  const id = current.organisationId;
  const title = search.parentId ? t('contracts.createChildTitle') : t('contracts.createTitle');
  const heading = <PageHeading title={title}>{title}</PageHeading>;
  const back = <BackLink to="/kontrakter">{t('contracts.backToList')}</BackLink>;
  return (
    <>
      {back}
      {heading}
      {id === null ? (
        <NoOrganisation />
      ) : (
        <CreateContractForm key={id} organisationId={id} parentId={search.parentId} supplierId={search.supplierId} />
      )}
    </>
  );
}
