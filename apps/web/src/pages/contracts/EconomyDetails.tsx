import type { Contract } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { optionLabel } from '../../lib/optionChoices.ts';
import { useOptionLists } from '../../lib/useOptionLists.ts';
import { useDayMonth } from './dayMonth.ts';
import { DeclaredDetails } from './declaredFields.tsx';

export function EconomyDetails({ contract: c }: { contract: Contract }) {
  const { t } = useTranslation();
  const format = useFormat();
  const dayMonth = useDayMonth();
  const lists = useOptionLists(c.organisationId).data?.lists ?? {};
  const percent = (value: string | null) => (value ? `${format.decimal(value)} %` : '–');
  const regulated = c.priceRegulation !== 'none';
  return (
    <dl className="summary-list">
      <dt>{t('contracts.fields.currency')}</dt>
      <dd>{c.currency}</dd>
      <dt>{t('contracts.fields.totalValue')}</dt>
      <dd>{format.money(c.totalValue, c.currency)}</dd>
      <dt>{t('contracts.fields.annualCost')}</dt>
      <dd>{format.money(c.annualCost, c.currency)}</dd>
      <dt>{t('contracts.fields.paymentModel')}</dt>
      <dd>{optionLabel(lists.payment_model ?? [], c.paymentModel)}</dd>
      <dt>{t('contracts.fields.paymentFrequency')}</dt>
      <dd>{optionLabel(lists.payment_frequency ?? [], c.paymentFrequency)}</dd>
      <DeclaredDetails contract={c} section="economy" />
      <dt>{t('contracts.fields.priceRegulation')}</dt>
      <dd>{t(`contracts.priceRegulations.${c.priceRegulation}`)}</dd>
      {c.priceRegulation === 'index' ? (
        <>
          <dt>{t('contracts.fields.priceIndex')}</dt>
          <dd>{c.priceIndex ?? '–'}</dd>
          <dt>{t('contracts.fields.priceIndexBaseMonth')}</dt>
          <dd>{c.priceIndexBaseMonth ? format.month(c.priceIndexBaseMonth) : '–'}</dd>
        </>
      ) : null}
      {regulated ? (
        <>
          <dt>{t('contracts.fields.priceRegulationDate')}</dt>
          <dd>{c.priceRegulationDate ? dayMonth.format(c.priceRegulationDate) : '–'}</dd>
        </>
      ) : null}
      {c.priceRegulation === 'fixed_percent' ? (
        <>
          <dt>{t('contracts.fields.priceRegulationPercent')}</dt>
          <dd>{percent(c.priceRegulationPercent)}</dd>
        </>
      ) : null}
      {regulated ? (
        <>
          <dt>{t('contracts.fields.priceRegulationCapPercent')}</dt>
          <dd>{percent(c.priceRegulationCapPercent)}</dd>
          <dt>{t('contracts.fields.priceRegulationFloorPercent')}</dt>
          <dd>{percent(c.priceRegulationFloorPercent)}</dd>
        </>
      ) : null}
    </dl>
  );
}
