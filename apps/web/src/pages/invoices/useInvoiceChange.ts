import type { InvoiceDetail } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invoiceQuery, invoicesKey } from '../../api/invoices.ts';

/**
 * A change to one invoice (contract, line, decision, new check): the answer is the invoice as it is now, shown at
 * once; the inbox, the consumption report and the log are asked for again.
 */
export function useInvoiceChange<T>(organisationId: string, change: (input: T) => Promise<InvoiceDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async (invoice) => {
      queryClient.setQueryData(invoiceQuery(organisationId, invoice.id).queryKey, invoice);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: invoicesKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}
