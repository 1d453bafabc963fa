import type { DoublePurchaseWarning, OptionValue } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { upperFirst, useFormat } from '../../lib/format.ts';
import { optionLabel } from '../../lib/optionChoices.ts';
import { ContractLink } from '../contracts/ContractLink.tsx';

type Props = { warning: DoublePurchaseWarning; elements: readonly OptionValue[] };

/**
 * One pair of the report: both contracts with their status, why they may be a double purchase (the contract
 * page's words), the agreement elements both cover, and the days both are in force ("fra … til …", or "løbende").
 */
export function DoublePurchaseRow({ warning: w, elements }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <tr>
      <td>
        <ContractLink contract={w.contract} />
      </td>
      <td>
        <ContractLink contract={w.other} />
      </td>
      <td>{upperFirst(t(`contracts.doublePurchases.reasons.${w.reason}`))}</td>
      <td>{w.agreementElements.length ? w.agreementElements.map((k) => optionLabel(elements, k)).join(', ') : '–'}</td>
      <td>
        {w.overlapTo
          ? t('reports.doublePurchases.overlap', { from: format.longDay(w.overlapFrom), to: format.longDay(w.overlapTo) })
          : t('reports.doublePurchases.overlapOpen', { from: format.longDay(w.overlapFrom) })}
      </td>
    </tr>
  );
}
