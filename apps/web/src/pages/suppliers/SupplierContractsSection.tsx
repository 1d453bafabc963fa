import type { SupplierWithContacts } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { contractsQuery } from '../../api/contracts.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';
import { ContractStatusTag } from '../contracts/ContractStatusTag.tsx';
import { SupplierCommitmentDetails } from './SupplierCommitmentDetails.tsx';

const SHOWN = 50;

type Props = { supplier: SupplierWithContacts; canWrite: boolean };

/** "Kontrakter": the supplier's contracts and what the organisation is committed to pay it. */
export function SupplierContractsSection({ supplier, canWrite }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useQuery(contractsQuery(supplier.organisationId, { supplierId: supplier.id, sort: 'number', limit: SHOWN }));
  return (
    <section aria-labelledby="supplier-contracts-heading" className="mt-7">
      <h2 id="supplier-contracts-heading">{t('suppliers.contractsHeading')}</h2>
      <SupplierCommitmentDetails commitment={supplier.commitment} />
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess && list.data.total === 0 ? <p>{t('suppliers.contractsNone')}</p> : null}
      {list.isSuccess && list.data.items.length > 0 ? (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('suppliers.contractsCaption', { name: supplier.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('contracts.columnLabels.number')}</th>
                <th scope="col">{t('contracts.columnLabels.name')}</th>
                <th scope="col">{t('contracts.columnLabels.status')}</th>
                <th scope="col">{t('contracts.columnLabels.endsOn')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to="/kontrakter/$contractId" params={{ contractId: c.id }}>
                      {c.number}
                    </Link>
                  </td>
                  <td>{c.name}</td>
                  <td>
                    <ContractStatusTag status={c.status} />
                  </td>
                  <td>{format.day(c.endsOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <div className="button-row">
        {list.isSuccess && list.data.total > list.data.items.length ? (
          <Link to="/kontrakter" search={{ supplierId: supplier.id }}>
            {t('suppliers.contractsAll', { count: list.data.total, n: format.number(list.data.total) })}
          </Link>
        ) : null}
        {canWrite ? (
          <Link to="/kontrakter/ny" search={{ supplierId: supplier.id }} className="button button-secondary">
            {t('suppliers.contractsCreate')}
          </Link>
        ) : null}
      </div>
    </section>
  );
}
