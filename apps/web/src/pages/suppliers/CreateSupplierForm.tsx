import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createSupplier, suppliersKey } from '../../api/suppliers.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useMay } from '../../session/rights.ts';
import { useSupplierFields } from './SupplierFields.tsx';

export function CreateSupplierForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const may = useMay();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const supplier = useSupplierFields('supplier', organisationId);
  const mutation = useMutation({
    mutationFn: () => createSupplier(organisationId, supplier.values),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: suppliersKey(organisationId) });
      await navigate({ to: '/leverandoerer/$supplierId', params: { supplierId: created.id } });
    },
  });

  if (!may('write', organisationId)) return <Alert variant="warning" heading={t('suppliers.noWriteRight')} />;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate();
  }

  return (
    <>
      <p className="font-lead">{t('suppliers.createIntro')}</p>
      <ErrorAlert error={mutation.error} />
      <form onSubmit={onSubmit} noValidate>
        {supplier.fields(mutation.error)}
        <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
          {t('suppliers.createSubmit')}
        </button>
      </form>
    </>
  );
}
