import type { Contract, UpdateContractRequest } from '@overblik/api';
import type { ReactNode } from 'react';
import { updateContract } from '../../api/contracts.ts';
import { ContractForm, type ErrorFor, type InputReader } from './ContractForm.tsx';

type Props = {
  contract: Contract;
  label: string;
  /** The section's fields as the API takes them; only these are sent (PATCH). */
  read: (reader: InputReader) => UpdateContractRequest;
  fields: (errorFor: ErrorFor) => ReactNode;
  onDone: () => void;
};

/** Saves one section of a contract with PATCH: fields of other sections are left as they are. */
export function ContractPatchForm({ contract, ...form }: Props) {
  return (
    <ContractForm
      organisationId={contract.organisationId}
      save={(body: UpdateContractRequest) => updateContract(contract.organisationId, contract.id, body)}
      {...form}
    />
  );
}
