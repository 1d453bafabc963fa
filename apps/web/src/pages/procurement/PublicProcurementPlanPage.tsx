import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { publicPlanQuery } from '../../api/procurementPlan.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useFormat } from '../../lib/format.ts';
import { PublicPlanTable } from './PublicPlanTable.tsx';

const route = getRouteApi('/offentlig/udbudsplan/$token');

/** An organisation's procurement plan as published through a secret link: no login, no amounts, no people. */
export function PublicProcurementPlanPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { token } = route.useParams();
  const plan = useQuery(publicPlanQuery(token));
  const title = plan.data ? t('procurement.public.title', { name: plan.data.organisationName }) : t('procurement.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {plan.isPending ? <Loading /> : null}
      {plan.isError ? <ErrorAlert error={plan.error} /> : null}
      {plan.isSuccess ? (
        <>
          <p className="font-lead">{t('procurement.public.intro', { date: format.longDay(plan.data.today) })}</p>
          {plan.data.items.length === 0 ? (
            <p>{t('procurement.none')}</p>
          ) : (
            <PublicPlanTable organisationName={plan.data.organisationName} items={plan.data.items} />
          )}
        </>
      ) : null}
    </>
  );
}
