import type { ContractDetails } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { useFormat } from '../../lib/format.ts';
import { optionLabel } from '../../lib/optionChoices.ts';
import { useOptionList } from '../../lib/useOptionLists.ts';
import { ContractLink } from './ContractLink.tsx';

/**
 * "Dobbeltkøb": other contracts that may cover the same thing in the same period, with a link to the report of every
 * pair in the organisation; shown only when there are any.
 */
export function DoublePurchaseWarnings({ contract }: { contract: ContractDetails }) {
  const { t } = useTranslation();
  const format = useFormat();
  const elements = useOptionList(contract.organisationId, 'agreement_element');
  if (contract.doublePurchaseWarnings.length === 0) return null;
  return (
    <section aria-labelledby="contract-double-purchases" className="mt-7">
      <h2 id="contract-double-purchases">{t('contracts.sections.doublePurchases')}</h2>
      <Alert variant="warning" live={false} heading={t('contracts.doublePurchases.intro')}>
        <ul className="m-0">
          {contract.doublePurchaseWarnings.map((w) => (
            <li key={`${w.other.id}-${w.reason}`}>
              <ContractLink contract={w.other} />
              {': '}
              {t(`contracts.doublePurchases.reasons.${w.reason}`)}
              {w.agreementElements.length ? ` (${w.agreementElements.map((k) => optionLabel(elements, k)).join(', ')})` : ''}
              {'. '}
              {w.overlapTo
                ? t('contracts.doublePurchases.overlap', { from: format.day(w.overlapFrom), to: format.day(w.overlapTo) })
                : t('contracts.doublePurchases.overlapOpen', { from: format.day(w.overlapFrom) })}
            </li>
          ))}
        </ul>
      </Alert>
      <p>
        <Link to="/rapporter/dobbeltkoeb">{t('contracts.doublePurchases.reportLink')}</Link>
      </p>
    </section>
  );
}
