import { useQueryClient } from '@tanstack/react-query';
import { documentsKey } from '../../api/documents.ts';
import { searchKey } from '../../api/search.ts';

/** After a document changed: its list, the owner's history and any search shown are read again. */
export function useDocumentsChanged(organisationId: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: documentsKey(organisationId) }),
      queryClient.invalidateQueries({ queryKey: searchKey(organisationId) }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
  };
}
