import type { ContractDetails } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { unitsQuery } from '../../api/organisations.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import { AddInline } from './AddInline.tsx';
import { AddPriceElementForm } from './AddPriceElementForm.tsx';
import { PriceElementRow } from './PriceElementRow.tsx';

type Props = { contract: ContractDetails; canWrite: boolean };

const HEADINGS = [
  'number',
  'name',
  'unitCode',
  'unitPrice',
  'quantity',
  'recurrence',
  'validity',
  'payingUnitIds',
  'accountCoding',
] as const;

/** Priselementer: what the supplier may invoice, line by line, so invoices can be checked against the contract. */
export function PriceElementsTable({ contract, canWrite }: Props) {
  const { t } = useTranslation();
  const units = useQuery(unitsQuery(contract.organisationId)).data?.items ?? [];
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const columns = HEADINGS.length + (canWrite ? 1 : 0);
  return (
    <section aria-labelledby="contract-price-elements" className="contract-subsection mt-6">
      <h3 id="contract-price-elements">{t('contracts.priceElements.heading')}</h3>
      {contract.priceElements.length === 0 ? (
        <p>{t('contracts.priceElements.none')}</p>
      ) : (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('contracts.priceElements.caption', { name: contract.name })}</caption>
            <thead>
              <tr>
                {HEADINGS.map((h) => (
                  <th key={h} scope="col">
                    {h === 'validity' ? t('contracts.priceElements.validity') : t(`contracts.priceElements.fields.${h}`)}
                  </th>
                ))}
                {canWrite ? <th scope="col">{t('common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {contract.priceElements.map((e) => (
                <PriceElementRow
                  key={e.id}
                  organisationId={contract.organisationId}
                  element={e}
                  currency={contract.currency}
                  unitNames={unitNames}
                  canWrite={canWrite}
                  columns={columns}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {canWrite ? (
        <AddInline label={t('contracts.priceElements.add')}>
          {(done) => <AddPriceElementForm organisationId={contract.organisationId} contractId={contract.id} onDone={done} />}
        </AddInline>
      ) : null}
    </section>
  );
}
