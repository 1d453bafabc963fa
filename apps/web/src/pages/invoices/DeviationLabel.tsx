import type { Deviation } from '@overblik/api';
import { useTranslation } from 'react-i18next';

/**
 * A finding's kind in a few words in the UI language ("Pris over kontrakten"), from its code; a code this version of
 * the web app does not know yet is shown by the server's Danish text instead.
 */
export function DeviationLabel({ deviation }: { deviation: Pick<Deviation, 'code' | 'text'> }) {
  const { t, i18n } = useTranslation();
  const key = `invoices.deviationCodes.${deviation.code}`;
  return i18n.exists(key) ? t(key) : <span lang="da">{deviation.text}</span>;
}
