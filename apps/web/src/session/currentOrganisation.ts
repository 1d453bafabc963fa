import type { MembershipSummary, Organisation } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { organisationQuery } from '../api/organisations.ts';
import { useRequiredMe } from './me.ts';
import { setSelectedOrganisationId, useSelectedOrganisationId } from './organisationStore.ts';
import { useMay } from './rights.ts';

export type CurrentOrganisation = {
  organisationId: string | null;
  /** The person's membership in it; null when a system administrator looks at an organisation they are not a member of. */
  membership: MembershipSummary | null;
  organisation: Organisation | undefined;
  isSystemAdmin: boolean;
  /** May manage members, units and tokens of this organisation. */
  canAdminister: boolean;
  select: (id: string) => void;
};

export function useCurrentOrganisation(): CurrentOrganisation {
  const me = useRequiredMe();
  const may = useMay();
  const stored = useSelectedOrganisationId();
  const isSystemAdmin = me.user.isSystemAdmin;
  const storedMembership = me.memberships.find((m) => m.organisationId === stored) ?? null;
  const organisationId =
    storedMembership?.organisationId ?? (isSystemAdmin && stored ? stored : null) ?? me.memberships[0]?.organisationId ?? null;
  const membership = me.memberships.find((m) => m.organisationId === organisationId) ?? null;
  const organisation = useQuery({ ...organisationQuery(organisationId ?? ''), enabled: organisationId !== null }).data;
  return {
    organisationId,
    membership,
    organisation,
    isSystemAdmin,
    canAdminister: organisationId !== null && may('admin', organisationId),
    select: setSelectedOrganisationId,
  };
}
