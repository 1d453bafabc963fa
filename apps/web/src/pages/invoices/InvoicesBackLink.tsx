import { Link } from '@tanstack/react-router';
import chevronLeft from 'dkfds-dist/img/svg-icons/chevron-left.svg';
import { useTranslation } from 'react-i18next';

/** DKFDS back link from an invoice to the inbox (as BackLink does for the contract and supplier lists). */
export function InvoicesBackLink() {
  const { t } = useTranslation();
  return (
    <Link to="/fakturaer" className="back-link">
      <img className="icon-svg" src={chevronLeft} alt="" aria-hidden="true" />
      {t('invoices.backToList')}
    </Link>
  );
}
