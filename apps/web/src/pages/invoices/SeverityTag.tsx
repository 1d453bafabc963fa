import errorIcon from 'dkfds-dist/img/svg-icons/error.svg';
import infoIcon from 'dkfds-dist/img/svg-icons/info.svg';
import warningIcon from 'dkfds-dist/img/svg-icons/warning.svg';
import { useTranslation } from 'react-i18next';
import type { Severity } from './invoiceRules.ts';

const ICONS: Record<Severity, string> = { error: errorIcon, warning: warningIcon, info: infoIcon };

/** How serious a finding is, as a DKFDS label with its icon and the word (never the colour alone): Fejl, Advarsel, Info. */
export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${severity} contract-status`}>
      <img className="icon-svg" src={ICONS[severity]} alt="" aria-hidden="true" /> {t(`invoices.severities.${severity}`)}
    </span>
  );
}
