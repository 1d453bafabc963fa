import type { Supplier } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createSupplier, suppliersKey } from '../../api/suppliers.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useMay } from '../../session/rights.ts';
import { useSupplierFields } from '../suppliers/SupplierFields.tsx';
import { AddInline } from './AddInline.tsx';

type Props = { organisationId: string; onCreated: (supplier: Supplier) => void };

/**
 * "Opret ny leverandør" beside a contract form's supplier field: the supplier form's own fields, inline, for a
 * supplier that is not registered yet. It is part of the contract form (a form cannot hold another), so its
 * button and the Enter key create the supplier without submitting the contract; the contract form keeps what
 * was typed in it, and the new supplier is chosen.
 */
export function NewSupplierInline({ organisationId, onCreated }: Props) {
  const { t } = useTranslation();
  const may = useMay();
  if (!may('write', organisationId)) return null;
  return (
    <AddInline label={t('contracts.newSupplier.open')}>
      {(done) => (
        <NewSupplierFields
          organisationId={organisationId}
          onCancel={done}
          onCreated={(supplier) => {
            onCreated(supplier);
            done();
          }}
        />
      )}
    </AddInline>
  );
}

function NewSupplierFields({ organisationId, onCreated, onCancel }: Props & { onCancel: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const supplier = useSupplierFields('new-supplier', organisationId);
  const mutation = useMutation({
    mutationFn: () => createSupplier(organisationId, supplier.values),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: suppliersKey(organisationId) });
      onCreated(created);
    },
  });
  const create = () => {
    if (!mutation.isPending) mutation.mutate();
  };
  // Enter in one of these fields creates the supplier, not the contract.
  const onKeyDown = (e: KeyboardEvent<HTMLFieldSetElement>) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
      e.preventDefault();
      create();
    }
  };
  return (
    <fieldset className="mt-4 mb-5 p-4 border" onKeyDown={onKeyDown}>
      <legend className="h3">{t('contracts.newSupplier.heading')}</legend>
      <p>{t('contracts.newSupplier.intro')}</p>
      <ErrorAlert error={mutation.error} />
      {supplier.fields(mutation.error)}
      <div className="button-row mt-4">
        <button type="button" className="button button-primary" disabled={mutation.isPending} onClick={create}>
          {t('contracts.newSupplier.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
