import type { Supplier } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { deleteSupplier, suppliersKey } from '../../api/suppliers.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

export function DeleteSupplier({ supplier }: { supplier: Supplier }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => deleteSupplier(supplier.organisationId, supplier.id),
    onSuccess: async () => {
      // Forget the cached lists first so the list page never shows the deleted supplier, not even for a moment.
      queryClient.removeQueries({ queryKey: [...suppliersKey(supplier.organisationId), 'list'] });
      await navigate({ to: '/leverandoerer' });
      queryClient.removeQueries({ queryKey: [...suppliersKey(supplier.organisationId), supplier.id] });
      await queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });

  return (
    <section aria-labelledby="delete-supplier-heading" className="mt-7">
      <h2 id="delete-supplier-heading">{t('suppliers.deleteHeading')}</h2>
      <p>{t('suppliers.deleteIntro')}</p>
      <ConfirmAction
        label={t('suppliers.delete')}
        question={t('suppliers.deleteQuestion', { name: supplier.name })}
        confirmLabel={t('suppliers.deleteConfirm')}
        pending={remove.isPending}
        onConfirm={() => remove.mutate()}
      />
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
    </section>
  );
}
