import type { Organisation } from '@overblik/api';
import type { CurrentOrganisation } from '../../session/currentOrganisation.ts';

/**
 * The kind of the current organisation: from the person's membership, or (a system administrator looking at an
 * organisation they are not a member of) from the organisation itself; undefined while that is still loading.
 */
export function kindOf(current: Pick<CurrentOrganisation, 'membership' | 'organisation'>): Organisation['kind'] | undefined {
  return current.membership?.organisationKind ?? current.organisation?.kind;
}
