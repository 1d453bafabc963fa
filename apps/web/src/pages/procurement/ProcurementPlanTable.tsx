import type { ProcurementPlanItem } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useOptionList } from '../../lib/useOptionLists.ts';
import { ProcurementPlanRow } from './ProcurementPlanRow.tsx';

type Props = { organisationId: string; items: readonly ProcurementPlanItem[] };

/** The day the tender must start by comes right after the contract: it is what the plan is read for. */
const HEADINGS = [
  'quarter',
  'contract',
  'tenderStartBy',
  'procurementForm',
  'leadMonths',
  'finalEnd',
  'latestEnd',
  'supplier',
] as const;

/** The plan's rows, ordered by the day the tender must start by (then by contract number). */
export function ProcurementPlanTable({ organisationId, items }: Props) {
  const { t } = useTranslation();
  const forms = useOptionList(organisationId, 'procurement_form');
  const sorted = [...items].sort(
    (a, b) => a.tenderStartBy.localeCompare(b.tenderStartBy) || a.contractNumber.localeCompare(b.contractNumber, 'da'),
  );
  return (
    <TableScroll>
      <table className="table table--compact">
        <caption className="sr-only">{t('procurement.caption')}</caption>
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
          {sorted.map((item) => (
            <ProcurementPlanRow key={item.contractId} item={item} forms={forms} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
