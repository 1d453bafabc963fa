import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink.tsx';
import { NoAccess } from '../../components/NoAccess.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { useMay } from '../../session/rights.ts';
import { ImportWizard } from './ImportWizard.tsx';
import type { ImportSubject } from './importSubject.ts';

/** The page around an import wizard: the way back to its list, and the wizard for those who may write. */
export function ImportPage({ subject, backLabel }: { subject: ImportSubject; backLabel: string }) {
  const { t } = useTranslation();
  const may = useMay();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const title = t(`${subject.texts}.title`);
  const back = <BackLink to={subject.listPath}>{backLabel}</BackLink>;
  const heading = <PageHeading title={title}>{title}</PageHeading>;
  if (id === null)
    return (
      <>
        {back}
        {heading}
        <NoOrganisation />
      </>
    );
  return (
    <>
      {back}
      {heading}
      {may('write', id) ? (
        <ImportWizard key={id} subject={subject} organisationId={id} />
      ) : (
        <NoAccess heading={t(`${subject.texts}.noWriteRight`)} />
      )}
    </>
  );
}
