import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../i18n/i18n.ts';
import type { ChartTexts } from './consumptionCharts.ts';

/** The charts' series names and amount formats (kroner) in the UI language (the same for every render of a language). */
export function useChartTexts(): ChartTexts {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const locale = intlLocale(language);
    const amount = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const axis = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    return {
      within: t('consumption.within'),
      outside: t('consumption.outside'),
      amount: (value) => `${amount.format(value)} DKK`,
      axis: (value) => axis.format(value),
    };
  }, [t, language]);
}
