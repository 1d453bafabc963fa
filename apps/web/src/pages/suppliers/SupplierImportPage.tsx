import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink.tsx';
import { NoAccess } from '../../components/NoAccess.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { useMay } from '../../session/rights.ts';
import { SupplierImportWizard } from './SupplierImportWizard.tsx';

export function SupplierImportPage() {
  const { t } = useTranslation();
  const may = useMay();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const back = <BackLink to="/leverandoerer">{t('suppliers.backToList')}</BackLink>;
  const heading = <PageHeading title={t('supplierImport.title')}>{t('supplierImport.title')}</PageHeading>;
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
      {may('write', id) ? (
        <SupplierImportWizard key={id} organisationId={id} />
      ) : (
        <NoAccess heading={t('supplierImport.noWriteRight')} />
      )}
    </>
  );
}
