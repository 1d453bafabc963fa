import type { SupplierWithContacts } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { collaborationQuery } from '../../api/governance.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SupplierEscalations } from '../escalations/SupplierEscalations.tsx';
import { CollaborationLevels } from './CollaborationLevels.tsx';
import { NoLevels } from './NoLevels.tsx';

type Props = { supplier: SupplierWithContacts; canWrite: boolean };

/** The supplier page's "Samarbejdsorganisation": the levels shown, edited on a page of their own. */
export function CollaborationSection({ supplier, canWrite }: Props) {
  const { t } = useTranslation();
  const organisationId = supplier.organisationId;
  const collaboration = useQuery(collaborationQuery(organisationId, supplier.id, null));
  const editLink = (
    <Link to="/leverandoerer/$supplierId/samarbejdsorganisation" params={{ supplierId: supplier.id }}>
      {t('governance.collaboration.edit')}
    </Link>
  );
  return (
    <section aria-labelledby="collaboration-heading" className="mt-7">
      <h2 id="collaboration-heading">{t('governance.collaboration.heading')}</h2>
      {canWrite ? <p>{editLink}</p> : null}
      {collaboration.isPending ? <Loading /> : null}
      <ErrorAlert error={collaboration.error} />
      {collaboration.isSuccess && collaboration.data.levels.length === 0 ? (
        <NoLevels organisationId={organisationId} supplierId={supplier.id} contractId={null} canWrite={canWrite} />
      ) : null}
      {collaboration.isSuccess && collaboration.data.levels.length > 0 ? (
        <>
          <CollaborationLevels levels={collaboration.data.levels} supplierName={supplier.name} />
          <SupplierEscalations
            organisationId={organisationId}
            supplierId={supplier.id}
            supplierName={supplier.name}
            levels={collaboration.data.levels}
            canWrite={canWrite}
          />
        </>
      ) : null}
    </section>
  );
}
