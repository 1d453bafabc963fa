import type { SupplierWithContacts } from '@overblik/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { collaborationQuery, createDefaultLevels, governanceKey } from '../../api/governance.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { CollaborationLevels } from './CollaborationLevels.tsx';

type Props = { supplier: SupplierWithContacts; canWrite: boolean };

/** The supplier page's "Samarbejdsorganisation": the levels shown, edited on a page of their own. */
export function CollaborationSection({ supplier, canWrite }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const organisationId = supplier.organisationId;
  const collaboration = useQuery(collaborationQuery(organisationId, supplier.id, null));
  const defaults = useMutation({
    mutationFn: () => createDefaultLevels(organisationId, supplier.id, null),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: governanceKey(organisationId) }),
  });
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
      <ErrorAlert error={collaboration.error ?? defaults.error} />
      {collaboration.isSuccess && collaboration.data.levels.length === 0 ? (
        <>
          <p>{t('governance.collaboration.none')}</p>
          {canWrite ? (
            <button
              type="button"
              className="button button-secondary"
              disabled={defaults.isPending}
              onClick={() => defaults.mutate()}
            >
              {t('governance.collaboration.createDefaults')}
            </button>
          ) : null}
        </>
      ) : null}
      {collaboration.isSuccess && collaboration.data.levels.length > 0 ? (
        <CollaborationLevels levels={collaboration.data.levels} supplierName={supplier.name} />
      ) : null}
    </section>
  );
}
