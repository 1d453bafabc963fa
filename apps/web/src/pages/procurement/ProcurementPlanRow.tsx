import type { OptionValue, ProcurementPlanItem } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { optionLabel } from '../../lib/optionChoices.ts';
import { LateTag } from './LateTag.tsx';

type Props = { item: ProcurementPlanItem; forms: readonly OptionValue[] };

/** A contract in the plan: when it ends (and at the latest with its options) and when its re-tender must start. */
export function ProcurementPlanRow({ item: i, forms }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <tr>
      <td className="nowrap">{i.quarter}</td>
      <td>
        <Link to="/kontrakter/$contractId" params={{ contractId: i.contractId }}>
          {i.contractNumber} {i.contractName}
        </Link>
      </td>
      <td className="nowrap">
        {format.day(i.tenderStartBy)} {i.late ? <LateTag /> : null}
      </td>
      <td>{optionLabel(forms, i.procurementForm)}</td>
      <td>
        {t('procurement.months', { count: i.leadMonths })}
        {i.leadFromForm ? null : <span className="activity-detail">{t('procurement.fallback')}</span>}
      </td>
      <td className="nowrap">{format.day(i.finalEnd)}</td>
      <td className="nowrap">
        {format.day(i.latestEnd)}
        {i.remainingOptionMonths > 0 ? (
          <span className="activity-detail">{t('procurement.withOptions', { count: i.remainingOptionMonths })}</span>
        ) : null}
      </td>
      <td>{i.supplierName ?? '–'}</td>
    </tr>
  );
}
