import type { Contract } from '@overblik/api';
import type { ContractSort } from '@overblik/core';
import { useTranslation } from 'react-i18next';
import { SortableHeader } from '../../components/SortableHeader.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useOptionList } from '../../lib/useOptionLists.ts';
import { ContractRow } from './ContractRow.tsx';
import type { OptionalColumn } from './contractColumns.ts';
import type { SortField } from './contractSearch.ts';

type Props = {
  organisationId: string;
  contracts: readonly Contract[];
  columns: readonly OptionalColumn[];
  sort: ContractSort;
  onSort: (sort: ContractSort) => void;
};

/** Dates and amounts are most useful largest or latest first. */
const DESCENDING_FIRST = new Set<SortField>(['annualCost', 'totalValue', 'updatedAt']);

/** The contract list: number and name, then the columns the person chose; every heading sorts. */
export function ContractTable({ organisationId, contracts, columns, sort, onSort }: Props) {
  const { t } = useTranslation();
  const types = useOptionList(organisationId, 'contract_type');
  const header = (field: SortField) => (
    <SortableHeader<SortField>
      key={field}
      label={t(`contracts.columnLabels.${field}`)}
      field={field}
      sort={sort}
      onSort={onSort}
      descendingFirst={DESCENDING_FIRST.has(field)}
    />
  );
  return (
    <TableScroll>
      <table className="table table--compact">
        <caption className="sr-only">{t('contracts.tableCaption')}</caption>
        <thead>
          <tr>
            {header('number')}
            {header('name')}
            {columns.map(header)}
          </tr>
        </thead>
        <tbody>
          {contracts.map((c) => (
            <ContractRow key={c.id} contract={c} columns={columns} types={types} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
