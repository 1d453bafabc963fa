import type { CostPlan } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { useFormat } from '../../lib/format.ts';
import { isPositive } from './costData.ts';

/**
 * Everything billed over the period against the business case's costs. A surplus is a warning: by KOMBIT's terms
 * no profit may be made, so it must lower the price or fund development.
 */
export function BusinessCaseBox({ businessCase }: { businessCase: NonNullable<CostPlan['businessCase']> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const surplus = isPositive(businessCase.surplus);
  return (
    <section aria-labelledby="business-case-heading" className="mt-7">
      <h2 id="business-case-heading">{t('costs.businessCase.heading')}</h2>
      <dl className="summary-list">
        <dt>{t('costs.businessCase.costs')}</dt>
        <dd className="amount">{format.kroner(businessCase.costs)}</dd>
        <dt>{t('costs.businessCase.billed')}</dt>
        <dd className="amount">{format.kroner(businessCase.billed)}</dd>
        <dt>{t('costs.businessCase.surplus')}</dt>
        <dd className="amount weight-semibold">{format.kroner(businessCase.surplus)}</dd>
      </dl>
      {surplus ? (
        <Alert
          variant="warning"
          live={false}
          heading={t('costs.businessCase.surplusHeading', { amount: format.kroner(businessCase.surplus) })}
        >
          <p>{t('costs.businessCase.surplusText')}</p>
        </Alert>
      ) : null}
    </section>
  );
}
