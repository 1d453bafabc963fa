import type { DoublePurchaseWarning } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useOptionList } from '../../lib/useOptionLists.ts';
import { DoublePurchaseRow } from './DoublePurchaseRow.tsx';
import { byStrength } from './doublePurchaseOrder.ts';

type Props = { organisationId: string; items: readonly DoublePurchaseWarning[] };

/** The pairs of the double-purchase report, the strongest reason first. */
export function DoublePurchaseTable({ organisationId, items }: Props) {
  const { t } = useTranslation();
  const elements = useOptionList(organisationId, 'agreement_element');
  return (
    <TableScroll>
      <table className="table table--compact double-purchase-table">
        <caption className="sr-only">{t('reports.doublePurchases.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.doublePurchases.columns.contract')}</th>
            <th scope="col">{t('reports.doublePurchases.columns.other')}</th>
            <th scope="col">{t('reports.doublePurchases.columns.reason')}</th>
            <th scope="col">{t('reports.doublePurchases.columns.agreementElements')}</th>
            <th scope="col">{t('reports.doublePurchases.columns.overlap')}</th>
          </tr>
        </thead>
        <tbody>
          {byStrength(items).map((w) => (
            <DoublePurchaseRow key={`${w.contract.id}-${w.other.id}`} warning={w} elements={elements} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
