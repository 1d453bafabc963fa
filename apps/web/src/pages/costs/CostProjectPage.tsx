import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { costProjectQuery } from '../../api/costs.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useFormat } from '../../lib/format.ts';
import { useMay } from '../../session/rights.ts';
import { ComparisonSection } from './ComparisonSection.tsx';
import { outsideItemsOf } from './costData.ts';
import { JointOnly } from './JointOnly.tsx';
import { PlanSection } from './PlanSection.tsx';
import { ProblemsAlert } from './ProblemsAlert.tsx';
import { UsageImportSection } from './UsageImportSection.tsx';

const route = getRouteApi('/_authenticated/faellesprojekter/$projectId');

/** One joint project: its terms, what keeps the plan from being computed, the opkrævningsplan and any comparison. */
export function CostProjectPage() {
  const { t } = useTranslation();
  const { projectId } = route.useParams();
  return (
    <>
      <BackLink to="/faellesprojekter">{t('costs.projects.backToList')}</BackLink>
      <JointOnly heading={<PageHeading title={t('costs.projects.detailTitle')}>{t('costs.projects.detailTitle')}</PageHeading>}>
        {(id) => <ProjectBody organisationId={id} projectId={projectId} />}
      </JointOnly>
    </>
  );
}

function ProjectBody({ organisationId, projectId }: { organisationId: string; projectId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const may = useMay();
  const project = useQuery(costProjectQuery(organisationId, projectId));
  const fallback = <PageHeading title={t('costs.projects.detailTitle')}>{t('costs.projects.detailTitle')}</PageHeading>;
  if (project.isPending)
    return (
      <>
        {fallback}
        <Loading />
      </>
    );
  if (project.isError)
    return (
      <>
        {fallback}
        <ErrorAlert error={project.error} />
      </>
    );
  const p = project.data;
  const outside = outsideItemsOf(p.model);
  return (
    <>
      <PageHeading title={p.name}>{p.name}</PageHeading>
      <p className="font-lead">
        {t('costs.projects.lead', {
          model: t(`costs.modelKinds.${p.modelKind}`),
          start: format.day(p.period.start),
          end: format.day(p.period.end),
          count: p.members.length,
          n: format.number(p.members.length),
        })}
      </p>
      {p.description ? <p style={{ whiteSpace: 'pre-line' }}>{p.description}</p> : null}
      <dl className="summary-list">
        <dt>{t('costs.form.invoicing')}</dt>
        <dd>{t(`costs.form.invoicingChoices.${p.invoicing}`)}</dd>
        <dt>{t('costs.form.proration')}</dt>
        <dd>{t(`costs.form.prorationChoices.${p.proration}`)}</dd>
        <dt>{t('costs.form.populationDate')}</dt>
        <dd>{p.populationDate}</dd>
        <dt>{t('costs.form.pilotFreeMonths')}</dt>
        <dd>{format.number(p.pilotFreeMonths)}</dd>
        <dt>{t('costs.form.exitPayment')}</dt>
        <dd>{t(`costs.form.exitPaymentChoices.${p.exitPayment === null ? 'default' : p.exitPayment ? 'yes' : 'no'}`)}</dd>
      </dl>
      {may('write', organisationId) ? (
        <div className="button-row mb-5">
          <Link to="/faellesprojekter/$projectId/rediger" params={{ projectId: p.id }} className="button button-secondary">
            {t('costs.projects.edit')}
          </Link>
        </div>
      ) : null}
      <ProblemsAlert
        variant="warning"
        heading={t('costs.projects.problemsHeading')}
        problems={p.problems}
        memberNames={p.members.map((m) => m.name)}
      />
      <PlanSection organisationId={organisationId} project={p} />
      {may('write', organisationId) && outside.length > 0 ? (
        <UsageImportSection organisationId={organisationId} projectId={p.id} items={outside} />
      ) : null}
      {p.comparison ? <ComparisonSection organisationId={organisationId} project={p} /> : null}
    </>
  );
}
