import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { procurementPlanQuery } from '../../api/procurementPlan.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useFormat } from '../../lib/format.ts';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { LeadTimesSection } from './LeadTimesSection.tsx';
import { ProcurementExportLinks } from './ProcurementExportLinks.tsx';
import { ProcurementPlanTable } from './ProcurementPlanTable.tsx';
import { PublicLinkSection } from './PublicLinkSection.tsx';
import { DEFAULT_HORIZON, HORIZONS } from './procurementSearch.ts';

const route = getRouteApi('/_authenticated/udbudsplan');

/**
 * "Udbudsplan": the contracts that end within the horizon (with every option used), and by when each re-tender must
 * start given the procurement form's lead time, earliest first. Administrators set the lead times and publish the
 * plan through a secret link.
 */
export function ProcurementPlanPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const horizon = search.horizonMonths ?? DEFAULT_HORIZON;
  const plan = useQuery({ ...procurementPlanQuery(id ?? '', horizon), enabled: id !== null });
  const heading = <PageHeading title={t('procurement.title')}>{t('procurement.title')}</PageHeading>;
  if (id === null)
    return (
      <>
        {heading}
        <NoOrganisation />
      </>
    );

  return (
    <>
      {heading}
      <p className="font-lead">{t('procurement.intro')}</p>
      <SelectField
        id="procurement-horizon"
        label={t('procurement.horizon')}
        value={String(horizon)}
        onChange={(e) => {
          const next = HORIZONS.find((h) => h === Number(e.target.value));
          void navigate({
            to: '/udbudsplan',
            search: { horizonMonths: next === DEFAULT_HORIZON ? undefined : next },
            replace: true,
          });
        }}
        options={HORIZONS.map((h) => ({ value: String(h), label: t('procurement.horizonMonths', { count: h }) }))}
      />
      <ProcurementExportLinks organisationId={id} horizonMonths={horizon} />
      {plan.isPending ? <Loading /> : null}
      {plan.isError ? <ErrorAlert error={plan.error} /> : null}
      {plan.isSuccess ? (
        <>
          <p role="status" className="form-hint">
            {plan.data.items.length === 0
              ? t('procurement.none')
              : t('procurement.count', { count: plan.data.items.length, n: format.number(plan.data.items.length) })}
          </p>
          {plan.data.items.length > 0 ? <ProcurementPlanTable organisationId={id} items={plan.data.items} /> : null}
        </>
      ) : null}
      {current.canAdminister ? <LeadTimesSection organisationId={id} /> : null}
      {current.canAdminister && plan.isSuccess ? (
        <PublicLinkSection organisationId={id} publicLink={plan.data.publicLink} />
      ) : null}
    </>
  );
}
