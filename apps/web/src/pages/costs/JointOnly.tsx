import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { kindOf } from './useOrganisationKind.ts';

/**
 * The body of a page for joint organisations (fællesskaber) only: the page itself for one, and otherwise why
 * it is not there — no organisation chosen, or one of another kind.
 */
export function JointOnly({
  heading,
  children,
}: {
  /** The page's heading while it is not there (the page shows its own when it is). */
  heading: ReactNode;
  children: (organisationId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const kind = kindOf(current);
  const instead = (body: ReactNode) => (
    <>
      {heading}
      {body}
    </>
  );
  if (id === null) return instead(<NoOrganisation />);
  if (kind === undefined) return instead(<Loading />);
  if (kind !== 'fællesskab') return instead(<Alert variant="info" heading={t('costs.jointOnly')} />);
  return <>{children(id)}</>;
}
