import type { ContractSort } from '@overblik/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { contractsQuery } from '../../api/contracts.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Pager } from '../../components/Pager.tsx';
import { useFormat } from '../../lib/format.ts';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { useMay } from '../../session/rights.ts';
import { ContractColumnChooser } from './ContractColumnChooser.tsx';
import { ContractExportLinks } from './ContractExportLinks.tsx';
import { ContractFilters } from './ContractFilters.tsx';
import { ContractTable } from './ContractTable.tsx';
import { type ContractSearch, contractQueryOf, DEFAULT_SORT, isFiltered, PAGE_SIZE } from './contractSearch.ts';
import { useContractColumns } from './useContractColumns.ts';

const route = getRouteApi('/_authenticated/kontrakter');

export function ContractsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const may = useMay();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const chosen = useContractColumns();
  const query = contractQueryOf(search);
  const list = useQuery({ ...contractsQuery(id ?? '', query), enabled: id !== null });
  const heading = <PageHeading title={t('contracts.title')}>{t('contracts.title')}</PageHeading>;
  if (id === null)
    return (
      <>
        {heading}
        <NoOrganisation />
      </>
    );

  const update = (change: Partial<ContractSearch>) =>
    void navigate({ to: '/kontrakter', search: { ...search, offset: undefined, ...change }, replace: true });
  const onSort = (next: ContractSort) => update({ sort: next === DEFAULT_SORT ? undefined : next });
  const canWrite = may('write', id);
  const offset = search.offset ?? 0;

  return (
    <>
      {heading}
      <p className="page-intro">{t('contracts.intro')}</p>
      <div className="page-actions">
        {canWrite ? (
          <>
            <Link to="/kontrakter/ny" className="button button-primary">
              {t('contracts.create')}
            </Link>
            <Link to="/kontrakter/import" className="button button-secondary">
              {t('contracts.import')}
            </Link>
          </>
        ) : null}
        <ContractExportLinks organisationId={id} />
        <p className="m-0">
          <span className="weight-semibold">{t('contracts.reportsLabel')}</span>{' '}
          <Link to="/rapporter/dobbeltkoeb">{t('reports.doublePurchases.title')}</Link>
        </p>
      </div>
      <ContractFilters organisationId={id} search={search} onChange={update} />
      <ContractColumnChooser columns={chosen.columns} onChange={chosen.choose} error={chosen.error} />
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess ? (
        <>
          <p role="status" className="form-hint">
            {list.data.total === 0
              ? isFiltered(search)
                ? t('contracts.noneFound')
                : canWrite
                  ? t('contracts.emptyWriter')
                  : t('contracts.empty')
              : t('contracts.showing', {
                  from: format.number(offset + 1),
                  to: format.number(offset + list.data.items.length),
                  total: format.number(list.data.total),
                })}
          </p>
          {list.data.items.length > 0 ? (
            <ContractTable
              organisationId={id}
              contracts={list.data.items}
              columns={chosen.columns}
              sort={query.sort ?? DEFAULT_SORT}
              onSort={onSort}
            />
          ) : null}
          <Pager
            label={t('contracts.pagesLabel')}
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
