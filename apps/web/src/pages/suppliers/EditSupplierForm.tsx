import type { Supplier } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { suppliersKey, updateSupplier } from '../../api/suppliers.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useSupplierFields } from './SupplierFields.tsx';

export function EditSupplierForm({ supplier }: { supplier: Supplier }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useSupplierFields('edit-supplier', supplier.organisationId, supplier);
  const mutation = useMutation({
    mutationFn: () => updateSupplier(supplier.organisationId, supplier.id, form.values),
    onSuccess: async (saved) => {
      form.reset(saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: suppliersKey(supplier.organisationId) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate();
  }

  return (
    <section aria-labelledby="edit-supplier-heading" className="mt-7">
      <h2 id="edit-supplier-heading">{t('suppliers.editHeading')}</h2>
      {mutation.isSuccess ? <Alert variant="success" heading={t('common.saved')} /> : null}
      <ErrorAlert error={mutation.error} />
      <form onSubmit={onSubmit} noValidate>
        {form.fields(mutation.error)}
        <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
          {t('common.save')}
        </button>
      </form>
    </section>
  );
}
