import { useQueryClient } from '@tanstack/react-query';
import { governanceKey } from '../../api/governance.ts';

/** After a change: the organisation's governance queries and the audit trail are fetched again. */
export function useInvalidateGovernance(organisationId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: governanceKey(organisationId) }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}
