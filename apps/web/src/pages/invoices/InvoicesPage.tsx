import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { contractQuery } from '../../api/contracts.ts';
import { invoicesQuery } from '../../api/invoices.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Pager } from '../../components/Pager.tsx';
import { useFormat } from '../../lib/format.ts';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { useMay } from '../../session/rights.ts';
import { InvoiceExportLinks } from './InvoiceExportLinks.tsx';
import { InvoiceFilters } from './InvoiceFilters.tsx';
import { InvoiceTable } from './InvoiceTable.tsx';
import { InvoiceUploadSection } from './InvoiceUploadSection.tsx';
import { type InvoiceSearch, invoiceQueryOf, isFiltered, PAGE_SIZE } from './invoiceSearch.ts';
import { RecheckButton } from './RecheckButton.tsx';

const route = getRouteApi('/_authenticated/fakturaer');

/**
 * "Fakturaer": the invoice inbox. Received e-invoices and credit notes, each checked against the contracts; the open
 * ones (not yet approved or rejected) first, with what the check found. Editors receive new files here.
 */
export function InvoicesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const may = useMay();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = useQuery({ ...invoicesQuery(id ?? '', invoiceQueryOf(search)), enabled: id !== null });
  const contract = useQuery({
    ...contractQuery(id ?? '', search.contractId ?? ''),
    enabled: id !== null && search.contractId !== undefined,
  });
  const heading = <PageHeading title={t('invoices.title')}>{t('invoices.title')}</PageHeading>;
  if (id === null)
    return (
      <>
        {heading}
        <NoOrganisation />
      </>
    );

  const update = (change: Partial<InvoiceSearch>) =>
    void navigate({ to: '/fakturaer', search: { ...search, offset: undefined, ...change }, replace: true });
  const canWrite = may('write', id);
  const offset = search.offset ?? 0;

  return (
    <>
      {heading}
      <p className="font-lead">{t('invoices.intro')}</p>
      <p>
        <span className="weight-semibold">{t('contracts.reportsLabel')}</span> <Link to="/forbrug">{t('consumption.title')}</Link>
      </p>
      {canWrite ? <InvoiceUploadSection organisationId={id} /> : null}
      <h2>{t('invoices.listHeading')}</h2>
      <InvoiceExportLinks organisationId={id} />
      {canWrite ? (
        <div className="mb-5">
          <RecheckButton organisationId={id} />
        </div>
      ) : null}
      {search.contractId ? (
        <p>
          {t('invoices.contractFilter', {
            contract: contract.data ? `${contract.data.number} ${contract.data.name}` : t('common.loadingShort'),
          })}{' '}
          <button type="button" className="button button-tertiary" onClick={() => update({ contractId: undefined })}>
            {t('invoices.contractFilterClear')}
          </button>
        </p>
      ) : null}
      <InvoiceFilters search={search} onChange={update} />
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess ? (
        <>
          <p role="status" className="form-hint">
            {list.data.total === 0
              ? isFiltered(search)
                ? t('invoices.noneFound')
                : t('invoices.noneOpen')
              : t('invoices.showing', {
                  from: format.number(offset + 1),
                  to: format.number(offset + list.data.items.length),
                  total: format.number(list.data.total),
                })}
          </p>
          {list.data.items.length > 0 ? <InvoiceTable invoices={list.data.items} /> : null}
          <Pager
            label={t('invoices.pagesLabel')}
            offset={offset}
            limit={PAGE_SIZE}
            total={list.data.total}
            onChange={(next) => update({ offset: next || undefined })}
          />
        </>
      ) : null}
    </>
  );
}
