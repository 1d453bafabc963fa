import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { useMay } from '../../session/rights.ts';
import { ActivityCalendar } from './ActivityCalendar.tsx';
import { DeadlineFilters } from './DeadlineFilters.tsx';
import { DeadlineGroups } from './DeadlineGroups.tsx';
import { DeadlineViewSwitch } from './DeadlineViewSwitch.tsx';
import { type DeadlineSearch, filterOf } from './deadlineSearch.ts';

const route = getRouteApi('/_authenticated/frister');

/**
 * "Frister": every open activity of the organisation — those kept from the contract terms (notice deadlines,
 * expiry, options …) and those entered by hand — grouped by how soon they are due, or as a month calendar.
 */
export function DeadlinesPage() {
  const { t } = useTranslation();
  const may = useMay();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const heading = <PageHeading title={t('deadlines.title')}>{t('deadlines.title')}</PageHeading>;
  if (id === null)
    return (
      <>
        {heading}
        <NoOrganisation />
      </>
    );

  const update = (change: Partial<DeadlineSearch>) =>
    void navigate({ to: '/frister', search: { ...search, ...change }, replace: true });
  const filter = filterOf(search);
  return (
    <>
      {heading}
      <p className="font-lead">{t('deadlines.intro')}</p>
      <DeadlineViewSwitch search={search} />
      <DeadlineFilters organisationId={id} search={search} onChange={update} />
      {search.view === 'calendar' ? (
        <ActivityCalendar organisationId={id} month={search.month} filter={filter} onMonth={(month) => update({ month })} />
      ) : (
        <DeadlineGroups organisationId={id} filter={filter} canWrite={may('write', id)} />
      )}
    </>
  );
}
