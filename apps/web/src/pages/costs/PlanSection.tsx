import type { CostProject } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { costPlanExportUrl, costPlanQuery } from '../../api/costs.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { BusinessCaseBox } from './BusinessCaseBox.tsx';
import { CostExportLinks } from './CostExportLinks.tsx';
import { problemsOf } from './costData.ts';
import { PlanMembersTable } from './PlanMembersTable.tsx';
import { ProblemsAlert } from './ProblemsAlert.tsx';
import { YearTotalsSection } from './YearTotalsSection.tsx';

/**
 * "Opkrævningsplan": the rules used, the business case, warnings, the totals per budget year (chart and table),
 * and every member with its invoices. When the plan cannot be computed, why — each problem with its place.
 */
export function PlanSection({ organisationId, project }: { organisationId: string; project: CostProject }) {
  const { t } = useTranslation();
  const plan = useQuery(costPlanQuery(organisationId, project.id));
  return (
    <section aria-labelledby="plan-heading" className="mt-7">
      <h2 id="plan-heading">{t('costs.plan.heading')}</h2>
      {plan.isPending ? <Loading /> : null}
      {plan.isError ? (
        plan.error instanceof ApiError && plan.error.code === 'cost_plan_unavailable' ? (
          <ProblemsAlert
            variant="warning"
            heading={plan.error.problem.title}
            problems={problemsOf(plan.error.problem)}
            memberNames={project.members.map((m) => m.name)}
          />
        ) : (
          <ErrorAlert error={plan.error} />
        )
      ) : null}
      {plan.isSuccess ? (
        <>
          <CostExportLinks id="plan-export-label" url={(format) => costPlanExportUrl(organisationId, project.id, format)} />
          <h3>{t('costs.plan.ruleHeading')}</h3>
          <p lang="da" style={{ whiteSpace: 'pre-line' }}>
            {plan.data.rule}
          </p>
          {plan.data.warnings.length > 0 ? (
            <Alert variant="warning" live={false} heading={t('costs.plan.warningsHeading', { count: plan.data.warnings.length })}>
              <ul>
                {plan.data.warnings.map((w) => (
                  <li key={w} lang="da">
                    {w}
                  </li>
                ))}
              </ul>
            </Alert>
          ) : null}
          {plan.data.businessCase ? <BusinessCaseBox businessCase={plan.data.businessCase} /> : null}
          <YearTotalsSection
            id="plan-years-heading"
            heading={t('costs.plan.yearsHeading')}
            caption={t('costs.plan.yearsCaption', { name: plan.data.name })}
            seriesName={t('costs.plan.billed')}
            byYear={plan.data.totalsByYear}
            total={plan.data.total}
          />
          <PlanMembersTable plan={plan.data} />
        </>
      ) : null}
    </section>
  );
}
