import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createDefaultLevels } from '../../api/governance.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useInvalidateGovernance } from './useInvalidateGovernance.ts';

type Props = { organisationId: string; supplierId: string; contractId: string | null; canWrite: boolean };

/** A collaboration organisation without levels: says so, and offers the default levels to those who may write. */
export function NoLevels({ organisationId, supplierId, contractId, canWrite }: Props) {
  const { t } = useTranslation();
  const invalidate = useInvalidateGovernance(organisationId);
  const defaults = useMutation({
    mutationFn: () => createDefaultLevels(organisationId, supplierId, contractId),
    onSuccess: invalidate,
  });
  return (
    <>
      <ErrorAlert error={defaults.error} />
      <p>{t('governance.collaboration.none')}</p>
      {canWrite ? (
        <button type="button" className="button button-secondary" disabled={defaults.isPending} onClick={() => defaults.mutate()}>
          {t('governance.collaboration.createDefaults')}
        </button>
      ) : null}
    </>
  );
}
