import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { supplierQuery } from '../../api/suppliers.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useOptionList } from '../../lib/useOptionLists.ts';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { useMay } from '../../session/rights.ts';
import { ActivitiesSection } from '../activities/ActivitiesSection.tsx';
import { DocumentsSection } from '../documents/DocumentsSection.tsx';
import { CollaborationSection } from '../governance/CollaborationSection.tsx';
import { SupplierMeetingsSection } from '../meetings/SupplierMeetingsSection.tsx';
import { SupplierSegmentSection } from '../segments/SupplierSegmentSection.tsx';
import { ContactsSection } from './ContactsSection.tsx';
import { DeleteSupplier } from './DeleteSupplier.tsx';
import { EditSupplierForm } from './EditSupplierForm.tsx';
import { SupplierContractsSection } from './SupplierContractsSection.tsx';
import { SupplierDetails } from './SupplierDetails.tsx';
import { SupplierHistory } from './SupplierHistory.tsx';

const route = getRouteApi('/_authenticated/leverandoerer/$supplierId');

export function SupplierPage() {
  const { t } = useTranslation();
  const { supplierId } = route.useParams();
  const may = useMay();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const supplier = useQuery({ ...supplierQuery(id ?? '', supplierId), enabled: id !== null });
  const classifications = useOptionList(id, 'supplier_classification');
  const back = <BackLink to="/leverandoerer">{t('suppliers.backToList')}</BackLink>;
  const placeholder = (body: ReactNode) => (
    <>
      {back}
      <PageHeading title={t('suppliers.detailTitle')}>{t('suppliers.detailTitle')}</PageHeading>
      {body}
    </>
  );

  if (id === null) return placeholder(<NoOrganisation />);
  if (supplier.isPending) return placeholder(<Loading />);
  if (supplier.isError) return placeholder(<ErrorAlert error={supplier.error} />);

  const s = supplier.data;
  const canWrite = may('write', id);
  return (
    <>
      {back}
      <PageHeading title={s.name}>{s.name}</PageHeading>
      <SupplierDetails supplier={s} classifications={classifications} />
      <SupplierContractsSection supplier={s} canWrite={canWrite} />
      <SupplierSegmentSection organisationId={id} supplierId={s.id} canWrite={canWrite} />
      <ContactsSection supplier={s} canWrite={canWrite} />
      <CollaborationSection supplier={s} canWrite={canWrite} />
      <ActivitiesSection
        organisationId={id}
        owner={{ supplierId: s.id }}
        ownerName={s.name}
        canWrite={canWrite}
        headingId="supplier-activities"
      />
      <DocumentsSection
        organisationId={id}
        owner={{ supplierId: s.id }}
        ownerName={s.name}
        canWrite={canWrite}
        headingId="supplier-documents"
      />
      <SupplierMeetingsSection organisationId={id} supplierId={s.id} supplierName={s.name} canWrite={canWrite} />
      {canWrite ? <EditSupplierForm key={s.id} supplier={s} /> : null}
      <SupplierHistory organisationId={id} supplierId={s.id} classifications={classifications} />
      {canWrite ? <DeleteSupplier supplier={s} /> : null}
    </>
  );
}
