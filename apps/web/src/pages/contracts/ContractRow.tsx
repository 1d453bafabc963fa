import type { Contract, OptionValue } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { optionLabel } from '../../lib/optionChoices.ts';
import { ContractStatusTag } from './ContractStatusTag.tsx';
import type { OptionalColumn } from './contractColumns.ts';
import { endFactsOf, useContractEnd } from './contractEnd.ts';

type Props = {
  contract: Contract;
  columns: readonly OptionalColumn[];
  types: readonly OptionValue[];
};

export function ContractRow({ contract: c, columns, types }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const contractEnd = useContractEnd();
  const cells: Record<OptionalColumn, () => ReactNode> = {
    supplierName: () => c.supplierName ?? '–',
    contractType: () => optionLabel(types, c.contractType),
    status: () => <ContractStatusTag status={c.status} />,
    inForceFrom: () => format.day(c.inForceFrom),
    endsOn: () => contractEnd(endFactsOf(c), 'cell'),
    annualCost: () => format.money(c.annualCost, c.currency),
    totalValue: () => format.money(c.totalValue, c.currency),
    criticality: () => (c.criticality ? t(`criticalities.${c.criticality}`) : '–'),
    updatedAt: () => format.dateTime(c.updatedAt),
    latestNoticeDate: () => format.day(c.deadlines.latestNoticeDate),
    nextOptionDeadline: () => format.day(c.deadlines.nextOptionDeadline),
  };
  const numeric = new Set<OptionalColumn>(['annualCost', 'totalValue']);
  return (
    <tr>
      <td>
        <Link to="/kontrakter/$contractId" params={{ contractId: c.id }}>
          {c.number}
        </Link>
      </td>
      <td>{c.name}</td>
      {columns.map((column) => (
        <td key={column} className={numeric.has(column) ? 'align-text-right amount' : undefined}>
          {cells[column]()}
        </td>
      ))}
    </tr>
  );
}
