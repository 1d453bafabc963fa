import type { Contract } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { contractsKey, deleteContract } from '../../api/contracts.ts';
import { suppliersKey } from '../../api/suppliers.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

/** Deletes the contract with its price elements and options; refused (409) while it has tillægskontrakter. */
export function DeleteContract({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => deleteContract(contract.organisationId, contract.id),
    onSuccess: async () => {
      // Forget the cached lists first so the list page never shows the deleted contract, not even for a moment.
      queryClient.removeQueries({ queryKey: [...contractsKey(contract.organisationId), 'list'] });
      await navigate({ to: '/kontrakter' });
      queryClient.removeQueries({ queryKey: [...contractsKey(contract.organisationId), contract.id] });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: contractsKey(contract.organisationId) }),
        queryClient.invalidateQueries({ queryKey: suppliersKey(contract.organisationId) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });

  return (
    <section aria-labelledby="delete-contract-heading" className="mt-7">
      <h2 id="delete-contract-heading">{t('contracts.deleteHeading')}</h2>
      <p>{t('contracts.deleteIntro')}</p>
      <ConfirmAction
        label={t('contracts.deleteContract')}
        question={t('contracts.deleteQuestion', { name: `${contract.number} ${contract.name}` })}
        confirmLabel={t('contracts.deleteConfirm')}
        pending={remove.isPending}
        onConfirm={() => remove.mutate()}
      />
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
    </section>
  );
}
