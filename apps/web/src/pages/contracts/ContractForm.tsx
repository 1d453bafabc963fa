import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { activitiesKey } from '../../api/activities.ts';
import { contractsKey } from '../../api/contracts.ts';
import { procurementPlanKey } from '../../api/procurementPlan.ts';
import { suppliersKey } from '../../api/suppliers.ts';
import { InlineEditForm } from '../../components/InlineEditForm.tsx';
import { createInputReader } from '../../lib/formInput.ts';
import { useFormErrors } from './useFormErrors.ts';

export type InputReader = ReturnType<typeof createInputReader>;
export type ErrorFor = (field: string) => string | undefined;

type Props<B> = {
  organisationId: string;
  /** Accessible name of the form, e.g. "Rediger Datoer og vilkår". */
  label: string;
  /** The form's values as the API takes them. */
  read: (reader: InputReader) => B;
  save: (body: B) => Promise<unknown>;
  fields: (errorFor: ErrorFor) => ReactNode;
  onDone: () => void;
};

const CONFLICTS = { contract_number_taken: 'number', contract_parent_invalid: 'parentId' };

/**
 * An inline form that changes a contract or something of it (a price element, an option): the fields the browser
 * cannot read (a number that is not one) are named at once, the rest by the server; afterwards the contract, the
 * lists, the supplier's totals and the history are fetched again.
 */
export function ContractForm<B>({ organisationId, label, read, save, fields, onDone }: Props<B>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errors = useFormErrors(CONFLICTS);
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: contractsKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: suppliersKey(organisationId) }),
        // The activities kept from the terms and the procurement plan follow the contract's dates.
        queryClient.invalidateQueries({ queryKey: activitiesKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: procurementPlanKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
      onDone();
    },
  });

  function submit() {
    const reader = createInputReader(t);
    const body = read(reader);
    errors.setLocal(reader.errors);
    if (reader.ok) mutation.mutate(body);
  }

  return (
    <InlineEditForm label={label} error={mutation.error} pending={mutation.isPending} onSubmit={submit} onCancel={onDone}>
      {fields((field) => errors.errorFor(mutation.error, field))}
    </InlineEditForm>
  );
}
