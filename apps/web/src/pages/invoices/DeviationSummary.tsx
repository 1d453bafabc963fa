import type { InvoiceSummary } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { SeverityTag } from './SeverityTag.tsx';

type Props = { invoice: Pick<InvoiceSummary, 'deviationCount' | 'deviationAmount' | 'maxSeverity' | 'currency'> };

/** How many findings the check made, the money in question and the most serious one: "Fejl 2 afvigelser, 1.200,00 DKK". */
export function DeviationSummary({ invoice: i }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  if (i.deviationCount === 0) return <>{t('invoices.noDeviations')}</>;
  const amount = Number(i.deviationAmount) !== 0 ? format.money(i.deviationAmount, i.currency) : null;
  return (
    <>
      {i.maxSeverity ? <SeverityTag severity={i.maxSeverity} /> : null}{' '}
      <span className="nowrap">
        {t('invoices.deviationCount', { count: i.deviationCount, n: format.number(i.deviationCount) })}
      </span>
      {amount ? (
        <>
          {', '}
          <span className="amount">{amount}</span>
        </>
      ) : null}
    </>
  );
}
