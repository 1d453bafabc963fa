import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { costProjectQuery } from '../../api/costs.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoAccess } from '../../components/NoAccess.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useMay } from '../../session/rights.ts';
import { CostProjectForm } from './CostProjectForm.tsx';
import { DeleteCostProject } from './DeleteCostProject.tsx';
import { JointOnly } from './JointOnly.tsx';

const route = getRouteApi('/_authenticated/faellesprojekter/$projectId/rediger');

/** "Ret projekt": the whole project in the same form as a new one, and deleting it. */
export function EditCostProjectPage() {
  const { t } = useTranslation();
  const { projectId } = route.useParams();
  const heading = <PageHeading title={t('costs.projects.editTitle')}>{t('costs.projects.editTitle')}</PageHeading>;
  return (
    <>
      <BackLink to="/faellesprojekter">{t('costs.projects.backToList')}</BackLink>
      <JointOnly heading={heading}>{(id) => <EditBody organisationId={id} projectId={projectId} />}</JointOnly>
    </>
  );
}

function EditBody({ organisationId, projectId }: { organisationId: string; projectId: string }) {
  const { t } = useTranslation();
  const may = useMay();
  const project = useQuery(costProjectQuery(organisationId, projectId));
  const title = project.data ? t('costs.projects.editNamed', { name: project.data.name }) : t('costs.projects.editTitle');
  const heading = <PageHeading title={title}>{title}</PageHeading>;
  if (!may('write', organisationId))
    return (
      <>
        {heading}
        <NoAccess heading={t('costs.projects.noWriteRight')} />
      </>
    );
  if (project.isPending)
    return (
      <>
        {heading}
        <Loading />
      </>
    );
  if (project.isError)
    return (
      <>
        {heading}
        <ErrorAlert error={project.error} />
      </>
    );
  return (
    <>
      {heading}
      <p>
        <Link to="/faellesprojekter/$projectId" params={{ projectId }}>
          {t('costs.projects.toPlan')}
        </Link>
      </p>
      {/* Keyed by the saved version, so a project changed elsewhere opens afresh. */}
      <CostProjectForm
        key={`${project.data.id}-${project.data.updatedAt}`}
        organisationId={organisationId}
        project={project.data}
      />
      <DeleteCostProject project={project.data} />
    </>
  );
}
