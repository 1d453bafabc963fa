import type { ConsumptionReport } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';

/** The year in five figures: invoiced in all, within and outside contracts, deviations found and credited. */
export function ConsumptionTotals({ report }: { report: ConsumptionReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { totals } = report;
  return (
    <dl className="summary-list">
      <dt>{t('consumption.columns.invoiced')}</dt>
      <dd className="amount weight-semibold">{format.kroner(totals.invoiced)}</dd>
      <dt>{t('consumption.within')}</dt>
      <dd className="amount">{format.kroner(totals.withinContracts)}</dd>
      <dt>{t('consumption.outside')}</dt>
      <dd className="amount">{format.kroner(totals.outsideContracts)}</dd>
      <dt>{t('consumption.columns.deviationAmount')}</dt>
      <dd className="amount">{format.kroner(totals.deviationAmount)}</dd>
      <dt>{t('consumption.columns.credited')}</dt>
      <dd className="amount">{format.kroner(totals.recovered)}</dd>
    </dl>
  );
}
