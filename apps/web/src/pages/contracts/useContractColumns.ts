import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { preferenceQuery, putPreference } from '../../api/preferences.ts';
import { useRequiredMe } from '../../session/me.ts';
import { COLUMNS_PREFERENCE, columnsOf, type OptionalColumn } from './contractColumns.ts';

/**
 * The columns the signed-in person chose for the contract list, remembered on the server (preferences API).
 * A change shows at once (the checkbox must follow the click); the saves run one after the other, so the last
 * choice is the one kept.
 */
export function useContractColumns() {
  const me = useRequiredMe();
  const queryClient = useQueryClient();
  const query = preferenceQuery(me.user.id, COLUMNS_PREFERENCE);
  const stored = useQuery(query);
  const [chosen, setChosen] = useState<readonly OptionalColumn[] | null>(null);
  const save = useMutation({
    scope: { id: `preference-${COLUMNS_PREFERENCE}` },
    mutationFn: (columns: readonly OptionalColumn[]) => putPreference(COLUMNS_PREFERENCE, columns),
    onSuccess: (saved) => queryClient.setQueryData(query.queryKey, saved),
  });
  return {
    columns: chosen ?? columnsOf(stored.data?.value),
    choose: (columns: readonly OptionalColumn[]) => {
      setChosen(columns);
      save.mutate(columns);
    },
    error: save.error,
  };
}
