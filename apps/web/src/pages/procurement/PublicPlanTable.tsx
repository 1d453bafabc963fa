import type { PublicProcurementPlan } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';

type Props = { organisationName: string; items: PublicProcurementPlan['items'] };

const HEADINGS = ['quarter', 'contract', 'supplier', 'procurementForm', 'latestEnd', 'tenderStartBy'] as const;

/** The public plan's rows, ordered by the day the tender must start by. */
export function PublicPlanTable({ organisationName, items }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const sorted = [...items].sort(
    (a, b) => a.tenderStartBy.localeCompare(b.tenderStartBy) || a.contractName.localeCompare(b.contractName, 'da'),
  );
  return (
    <TableScroll>
      <table className="table table--compact">
        <caption className="sr-only">{t('procurement.public.caption', { name: organisationName })}</caption>
        <thead>
          <tr>
            {HEADINGS.map((h) => (
              <th key={h} scope="col">
                {t(`procurement.columns.${h}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((i) => (
            <tr key={`${i.contractName}-${i.supplierName ?? ''}-${i.latestEnd}-${i.tenderStartBy}`}>
              <td className="nowrap">{i.quarter}</td>
              <td>{i.contractName}</td>
              <td>{i.supplierName ?? '–'}</td>
              <td>{i.procurementForm ?? '–'}</td>
              <td className="nowrap">{format.day(i.latestEnd)}</td>
              <td className="nowrap">{format.day(i.tenderStartBy)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
