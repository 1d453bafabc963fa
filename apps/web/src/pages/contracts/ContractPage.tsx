import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { contractQuery } from '../../api/contracts.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { useMay } from '../../session/rights.ts';
import { ActivitiesSection } from '../activities/ActivitiesSection.tsx';
import { DocumentsSection } from '../documents/DocumentsSection.tsx';
import { ContractInvoicesSection } from '../invoices/ContractInvoicesSection.tsx';
import { ContractContents } from './ContractContents.tsx';
import { ContractHistory } from './ContractHistory.tsx';
import { ContractStatusTag } from './ContractStatusTag.tsx';
import { endFactsOf, useContractEnd } from './contractEnd.ts';
import { DataProtectionSection } from './DataProtectionSection.tsx';
import { DeleteContract } from './DeleteContract.tsx';
import { DoublePurchaseWarnings } from './DoublePurchaseWarnings.tsx';
import { EconomySection } from './EconomySection.tsx';
import { GeneralSection } from './GeneralSection.tsx';
import { ReferencesSection } from './ReferencesSection.tsx';
import { TermsSection } from './TermsSection.tsx';

const route = getRouteApi('/_authenticated/kontrakter/$contractId');

export function ContractPage() {
  const { t } = useTranslation();
  const contractEnd = useContractEnd();
  const { contractId } = route.useParams();
  const may = useMay();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const contract = useQuery({ ...contractQuery(id ?? '', contractId), enabled: id !== null });
  const back = <BackLink to="/kontrakter">{t('contracts.backToList')}</BackLink>;
  const placeholder = (body: ReactNode) => (
    <>
      {back}
      <PageHeading title={t('contracts.detailTitle')}>{t('contracts.detailTitle')}</PageHeading>
      {body}
    </>
  );

  if (id === null) return placeholder(<NoOrganisation />);
  if (contract.isPending) return placeholder(<Loading />);
  if (contract.isError) return placeholder(<ErrorAlert error={contract.error} />);

  const c = contract.data;
  const canWrite = may('write', id);
  return (
    <>
      {back}
      <PageHeading title={`${c.number} ${c.name}`}>{c.name}</PageHeading>
      <p className="font-lead contract-lead">
        <span>{t('contracts.leadNumber', { number: c.number })}</span> <ContractStatusTag status={c.status} />{' '}
        <span>{contractEnd(endFactsOf(c), 'lead')}</span>
      </p>
      {c.doublePurchaseWarnings.length > 0 ? (
        <p>
          <a href="#contract-double-purchases">
            {t('contracts.doublePurchases.lead', { count: c.doublePurchaseWarnings.length })}
          </a>
        </p>
      ) : null}
      <ContractContents contract={c} />
      <GeneralSection contract={c} canWrite={canWrite} />
      <TermsSection contract={c} canWrite={canWrite} />
      <ActivitiesSection
        organisationId={id}
        owner={{ contractId: c.id }}
        ownerName={`${c.number} ${c.name}`}
        canWrite={canWrite}
        headingId="contract-activities"
        className="contract-section mt-7"
      />
      <EconomySection contract={c} canWrite={canWrite} />
      <DataProtectionSection contract={c} canWrite={canWrite} />
      <ReferencesSection contract={c} canWrite={canWrite} />
      <DocumentsSection
        organisationId={id}
        owner={{ contractId: c.id }}
        ownerName={`${c.number} ${c.name}`}
        canWrite={canWrite}
        headingId="contract-documents"
        className="contract-section mt-7"
      />
      <ContractInvoicesSection organisationId={id} contractId={c.id} className="contract-section mt-7" />
      <DoublePurchaseWarnings contract={c} />
      <ContractHistory contract={c} />
      {canWrite ? <DeleteContract contract={c} /> : null}
    </>
  );
}
