import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../session/currentOrganisation.ts';

export function CurrentOrganisationName() {
  const { t } = useTranslation();
  const current = useCurrentOrganisation();
  const name = current.membership?.organisationName ?? current.organisation?.name;
  return <p className="authority-name">{name ?? t('organisationSwitch.none')}</p>;
}
