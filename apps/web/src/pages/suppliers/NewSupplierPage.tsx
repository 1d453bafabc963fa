import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { CreateSupplierForm } from './CreateSupplierForm.tsx';

export function NewSupplierPage() {
  const { t } = useTranslation();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const heading = <PageHeading title={t('suppliers.createTitle')}>{t('suppliers.createTitle')}</PageHeading>;
  const back = <BackLink to="/leverandoerer">{t('suppliers.backToList')}</BackLink>;
  if (id === null)
    return (
      <>
        {back}
        {heading}
        <NoOrganisation />
      </>
    );
  return (
    <>
      {back}
      {heading}
      <CreateSupplierForm key={id} organisationId={id} />
    </>
  );
}
