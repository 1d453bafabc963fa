import type { ConsumptionReport } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';

const CURRENCY = 'DKK';

/** The year in five figures: invoiced in all, within and outside contracts, deviations found and credited. */
export function ConsumptionTotals({ report }: { report: ConsumptionReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { totals } = report;
  return (
    <dl className="summary-list">
      <dt>{t('consumption.columns.invoiced')}</dt>
      <dd className="amount weight-semibold">{format.money(totals.invoiced, CURRENCY)}</dd>
      <dt>{t('consumption.within')}</dt>
      <dd className="amount">{format.money(totals.withinContracts, CURRENCY)}</dd>
      <dt>{t('consumption.outside')}</dt>
      <dd className="amount">{format.money(totals.outsideContracts, CURRENCY)}</dd>
      <dt>{t('consumption.columns.deviationAmount')}</dt>
      <dd className="amount">{format.money(totals.deviationAmount, CURRENCY)}</dd>
      <dt>{t('consumption.columns.credited')}</dt>
      <dd className="amount">{format.money(totals.recovered, CURRENCY)}</dd>
    </dl>
  );
}
