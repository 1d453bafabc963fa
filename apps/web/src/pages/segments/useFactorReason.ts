import type { FactorReason } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../i18n/i18n.ts';
import { formatDecimal, useFormat } from '../../lib/format.ts';

/** A factor's facts in words: "Kontrakterne koster 1.800.000,00 DKK om året. Fuld betydning fra …". */
export function useFactorReason(): (f: FactorReason) => string {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const kr = (value: string | null | undefined) => format.kroner(value ?? '0');
  return (f) => {
    const say = (key: string, values: Record<string, unknown> = {}) => t(`segments.reasons.${key}`, values);
    switch (f.factor) {
      case 'annualSpend':
        return [
          say('annualSpend', { contractSpend: kr(f.contractSpend) }),
          f.invoiceSpend ? say('annualSpendInvoices', { invoiceSpend: kr(f.invoiceSpend) }) : null,
          say('annualSpendFull', { fullSpend: kr(f.fullSpend) }),
          f.otherCurrencies ? say('annualSpendOther', { count: f.otherCurrencies }) : null,
        ]
          .filter(Boolean)
          .join(' ');
      case 'criticality': {
        const parts: string[] = [];
        if (f.highest)
          parts.push(say('criticality', { level: t(`criticalities.${f.highest}`).toLocaleLowerCase(), contract: f.contract }));
        if (f.societallyCritical) parts.push(say('societallyCritical', { contract: f.contract }));
        return parts.length > 0 ? parts.join(' ') : say('criticalityNone');
      }
      case 'lockIn':
        if (!f.contract) return say('lockInNone');
        if (!f.signs || f.signs.length === 0) return say('lockInNoSigns');
        return say('lockIn', {
          contract: f.contract,
          signs: f.signs.map((sign) => t(`segments.reasons.signs.${sign}`)).join(', '),
        });
      case 'categoryShare':
        return f.sharePercent && f.categoryLabel
          ? say('categoryShare', {
              share: formatDecimal(f.sharePercent, intlLocale(i18n.language)),
              category: f.categoryLabel.toLocaleLowerCase(),
            })
          : say('categoryShareNone');
      case 'dependentContracts':
        return say('dependentContracts', { count: f.count ?? 0, many: f.manyContracts ?? 0 });
      case 'personalData':
        if (f.score === null) return say('personalDataNone');
        if ((f.yes ?? 0) > 0) return say('personalDataYes', { count: f.yes });
        if ((f.unknown ?? 0) > 0) return say('personalDataUnknown', { count: f.unknown });
        return say('personalDataNo');
      case 'invoiceDeviations':
        return f.checked
          ? say('invoiceDeviations', { checked: f.checked, deviating: f.deviating ?? 0 })
          : say('invoiceDeviationsNone');
    }
  };
}
