import type { SupplierSegmentation } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { confirmSegment, segmentsKey } from '../../api/segments.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';

type Props = { organisationId: string; data: SupplierSegmentation; canWrite: boolean };

/** Where the organisation places contracts one by one: each active contract's proposal and placement. */
export function ContractSegmentsTable({ organisationId, data, canWrite }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: (c: SupplierSegmentation['contracts'][number]) =>
      confirmSegment(organisationId, data.supplierId, { segment: c.proposal.segment, contractId: c.contractId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: segmentsKey(organisationId) }),
  });
  const label = (s: keyof SupplierSegmentation['segmentLabels']) => data.segmentLabels[s];
  return (
    <section aria-labelledby="contract-segments-heading" className="mt-6">
      <h3 id="contract-segments-heading">{t('segments.section.contractsHeading')}</h3>
      <ErrorAlert error={confirm.error} />
      <TableScroll>
        <table className="table table--compact">
          <caption>{t('segments.section.contractsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('segments.section.contractColumn')}</th>
              <th scope="col">{t('segments.columns.proposal')}</th>
              <th scope="col">{t('segments.columns.segment')}</th>
              {canWrite ? <th scope="col">{t('segments.section.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {data.contracts.map((c) => (
              <tr key={c.contractId}>
                <th scope="row">
                  <Link to="/kontrakter/$contractId" params={{ contractId: c.contractId }}>
                    {c.number} {c.name}
                  </Link>
                </th>
                <td>{label(c.proposal.segment)}</td>
                <td>
                  {c.placement ? label(c.placement.segment) : t('segments.unplaced')}
                  {c.differs ? <span className="ml-3 form-hint">{t('segments.differs')}</span> : null}
                </td>
                {canWrite ? (
                  <td>
                    <button
                      type="button"
                      className="button button-tertiary"
                      disabled={confirm.isPending}
                      aria-label={t('segments.section.confirmContract', { contract: `${c.number} ${c.name}` })}
                      onClick={() => confirm.mutate(c)}
                    >
                      {t('segments.section.confirm')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
