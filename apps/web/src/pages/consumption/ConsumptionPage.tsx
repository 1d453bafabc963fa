import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { consumptionQuery } from '../../api/invoices.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { ConsumptionExportLinks } from './ConsumptionExportLinks.tsx';
import { ConsumptionTotals } from './ConsumptionTotals.tsx';
import { ContractConsumptionTable } from './ContractConsumptionTable.tsx';
import { yearChoices } from './consumptionData.ts';
import { currentYear, FIRST_YEAR } from './consumptionSearch.ts';
import { MonthSection } from './MonthSection.tsx';
import { SupplierConsumptionTable } from './SupplierConsumptionTable.tsx';
import { TopSuppliersSection } from './TopSuppliersSection.tsx';

const route = getRouteApi('/_authenticated/forbrug');

/**
 * "Forbrugsmonitorering": for one year, what the organisation bought within and outside its contracts, per month,
 * per supplier and per contract (against what the contracts lead one to expect). Each chart is followed by a table
 * with its figures, which is what screen readers read.
 */
export function ConsumptionPage() {
  const { t } = useTranslation();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const thisYear = currentYear();
  const year = search.year ?? thisYear;
  const report = useQuery({ ...consumptionQuery(id ?? '', year), enabled: id !== null });
  const heading = <PageHeading title={t('consumption.title')}>{t('consumption.title')}</PageHeading>;
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
      <p className="font-lead">{t('consumption.intro')}</p>
      <p>
        <Link to="/fakturaer">{t('consumption.toInvoices')}</Link>
      </p>
      <SelectField
        id="consumption-year"
        label={t('consumption.year')}
        value={String(year)}
        onChange={(e) => {
          const next = Number(e.target.value);
          void navigate({ to: '/forbrug', search: { year: next === thisYear ? undefined : next }, replace: true });
        }}
        options={yearChoices(thisYear, year, FIRST_YEAR).map((y) => ({ value: String(y), label: String(y) }))}
      />
      <ConsumptionExportLinks organisationId={id} year={year} />
      {report.isPending ? <Loading /> : null}
      {report.isError ? <ErrorAlert error={report.error} /> : null}
      {report.isSuccess ? (
        <>
          <h2 className="mt-7">{t('consumption.totals', { year: report.data.year })}</h2>
          <ConsumptionTotals report={report.data} />
          <MonthSection report={report.data} />
          <TopSuppliersSection report={report.data} />
          <SupplierConsumptionTable report={report.data} />
          <ContractConsumptionTable report={report.data} />
          <section aria-labelledby="consumption-rules" className="mt-7">
            <h2 id="consumption-rules">{t('consumption.rulesHeading')}</h2>
            <p lang="da">{report.data.rules}</p>
          </section>
        </>
      ) : null}
    </>
  );
}
