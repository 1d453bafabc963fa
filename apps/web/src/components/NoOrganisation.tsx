import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../session/currentOrganisation.ts';
import { Alert } from './Alert.tsx';
import { OrganisationPicker } from './OrganisationPicker.tsx';

/** In place of an organisation's page when none is chosen (or the person belongs to none). */
export function NoOrganisation() {
  const { t } = useTranslation();
  const current = useCurrentOrganisation();
  if (!current.isSystemAdmin) return <Alert variant="info" heading={t('organisationSwitch.noMemberships')} />;
  return (
    <>
      <Alert variant="info" heading={t('organisationSwitch.pickFirst')} />
      <OrganisationPicker idPrefix="page-organisation" currentId={null} onPick={current.select} />
    </>
  );
}
