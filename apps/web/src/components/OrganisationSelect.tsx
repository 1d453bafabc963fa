import type { MembershipSummary } from '@overblik/api';
import { useTranslation } from 'react-i18next';

type Props = { memberships: readonly MembershipSummary[]; value: string | null; onChange: (id: string) => void };

/** For a person who is a member of more than one organisation. */
export function OrganisationSelect({ memberships, value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="organisation-switch">
      <label className="sr-only" htmlFor="organisation-switch">
        {t('organisationSwitch.label')}
      </label>
      <select id="organisation-switch" className="form-select" value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {memberships.map((m) => (
          <option key={m.organisationId} value={m.organisationId}>
            {m.organisationName}
          </option>
        ))}
      </select>
    </div>
  );
}
