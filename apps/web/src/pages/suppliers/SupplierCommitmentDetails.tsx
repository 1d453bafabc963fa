import type { SupplierCommitment } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';

/** The money the organisation is bound to with the supplier: per year, and until its contracts end. */
export function SupplierCommitmentDetails({ commitment: c }: { commitment: SupplierCommitment }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <dl className="summary-list">
        <dt>{t('suppliers.commitment.contracts')}</dt>
        <dd>
          {t('suppliers.commitment.contractCount', { count: c.contractCount, n: format.number(c.contractCount) })},{' '}
          {t('suppliers.commitment.activeCount', { count: c.activeContractCount, n: format.number(c.activeContractCount) })}
        </dd>
        <dt>{t('suppliers.commitment.annual')}</dt>
        <dd>{format.money(c.annual, 'DKK')}</dd>
        <dt>{t('suppliers.commitment.remaining')}</dt>
        <dd>{format.money(c.remaining, 'DKK')}</dd>
      </dl>
      {c.remainingOpenEnded > 0 ? (
        <p className="form-hint">
          {t('suppliers.commitment.openEnded', { count: c.remainingOpenEnded, n: format.number(c.remainingOpenEnded) })}
        </p>
      ) : null}
    </>
  );
}
