import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { invoicesKey, recheckInvoices } from '../../api/invoices.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFormat } from '../../lib/format.ts';

/** "Kontrollér igen": every open invoice checked again against the register as it is now (new contracts, prices …). */
export function RecheckButton({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const recheck = useMutation({
    mutationFn: () => recheckInvoices(organisationId),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: invoicesKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
  return (
    <>
      <button type="button" className="button button-secondary" disabled={recheck.isPending} onClick={() => recheck.mutate()}>
        {t('invoices.recheck')}
      </button>
      <span role="status" className="ml-3">
        {recheck.isPending
          ? t('invoices.rechecking')
          : recheck.data
            ? t('invoices.rechecked', {
                count: recheck.data.checked,
                checked: format.number(recheck.data.checked),
                changed: format.number(recheck.data.changed),
              })
            : ''}
      </span>
      <ErrorAlert error={recheck.error} />
    </>
  );
}
