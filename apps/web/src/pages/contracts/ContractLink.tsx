import type { ContractSummary } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import { ContractStatusTag } from './ContractStatusTag.tsx';

/** Another contract by number and name, with its status. */
export function ContractLink({ contract }: { contract: ContractSummary }) {
  return (
    <>
      <Link to="/kontrakter/$contractId" params={{ contractId: contract.id }}>
        {contract.number} {contract.name}
      </Link>{' '}
      <ContractStatusTag status={contract.status} />
    </>
  );
}
