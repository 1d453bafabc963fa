import type { ContractDetails } from '@overblik/api';
import { useTranslation } from 'react-i18next';

/** The contract page's table of contents: a link to each section. */
export function ContractContents({ contract }: { contract: ContractDetails }) {
  const { t } = useTranslation();
  const sections = [
    ['contract-general', 'general'],
    ['contract-terms', 'terms'],
    ['contract-activities', 'activities'],
    ['contract-economy', 'economy'],
    ['contract-data-protection', 'dataProtection'],
    ['contract-references', 'references'],
    ['contract-documents', 'documents'],
    ['contract-invoices', 'invoices'],
    ...(contract.doublePurchaseWarnings.length ? [['contract-double-purchases', 'doublePurchases']] : []),
    ['contract-history', 'history'],
  ] as const;
  return (
    <nav aria-labelledby="contract-contents" className="mb-6">
      <h2 id="contract-contents" className="h4">
        {t('contracts.contents')}
      </h2>
      <ul>
        {sections.map(([id, key]) => (
          <li key={id}>
            <a href={`#${id}`}>{t(`contracts.sections.${key}`)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
