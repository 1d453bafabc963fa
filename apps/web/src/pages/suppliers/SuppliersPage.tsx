import type { SupplierQuery } from '@overblik/api';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SupplierSort, suppliersQuery } from '../../api/suppliers.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Pager } from '../../components/Pager.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SortableHeader } from '../../components/SortableHeader.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormat } from '../../lib/format.ts';
import { useOptionList } from '../../lib/useOptionLists.ts';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { useMay } from '../../session/rights.ts';
import { SupplierExportLinks } from './SupplierExportLinks.tsx';
import { SupplierRow } from './SupplierRow.tsx';
import { DEFAULT_SORT, PAGE_SIZE, type SupplierSearch } from './supplierSearch.ts';

const route = getRouteApi('/_authenticated/leverandoerer');

type SortField = 'name' | 'cvr' | 'updatedAt';

export function SuppliersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const may = useMay();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const classifications = useOptionList(id, 'supplier_classification');
  const [q, setQ] = useState(search.q ?? '');
  const sort = search.sort ?? DEFAULT_SORT;
  const offset = search.offset ?? 0;

  const update = (change: Partial<SupplierSearch>) =>
    void navigate({ to: '/leverandoerer', search: { ...search, offset: undefined, ...change }, replace: true });

  // The search box filters as one types, settling for a moment before it asks the server.
  useEffect(() => {
    const wanted = q.trim() || undefined;
    if (wanted === search.q) return;
    const timer = setTimeout(
      () =>
        void navigate({
          to: '/leverandoerer',
          search: { ...search, q: wanted, offset: undefined },
          replace: true,
        }),
      250,
    );
    return () => clearTimeout(timer);
  }, [q, search, navigate]);

  const query: SupplierQuery = {
    sort,
    limit: PAGE_SIZE,
    offset,
    ...(search.q ? { q: search.q } : {}),
    ...(search.classification ? { classification: search.classification } : {}),
  };
  const list = useQuery({ ...suppliersQuery(id ?? '', query), enabled: id !== null });
  const heading = <PageHeading title={t('suppliers.title')}>{t('suppliers.title')}</PageHeading>;
  if (id === null)
    return (
      <>
        {heading}
        <NoOrganisation />
      </>
    );

  const canWrite = may('write', id);
  const filtered = Boolean(search.q || search.classification);
  const onSort = (next: SupplierSort) => update({ sort: next === DEFAULT_SORT ? undefined : next });

  return (
    <>
      {heading}
      <p className="font-lead">{t('suppliers.intro')}</p>
      {canWrite ? (
        <div className="button-row mb-5">
          <Link to="/leverandoerer/ny" className="button button-primary">
            {t('suppliers.create')}
          </Link>
          <Link to="/leverandoerer/import" className="button button-secondary">
            {t('suppliers.import')}
          </Link>
        </div>
      ) : null}
      <SupplierExportLinks organisationId={id} />
      <search className="filter-row" aria-label={t('suppliers.searchLabel')}>
        <TextField
          id="supplier-search"
          label={t('suppliers.search')}
          type="search"
          autoComplete="off"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <SelectField
          id="supplier-classification-filter"
          label={t('suppliers.fields.classification')}
          value={search.classification ?? ''}
          onChange={(e) => update({ classification: e.target.value || undefined })}
          options={[
            { value: '', label: t('suppliers.anyClassification') },
            ...classifications.map((c) => ({ value: c.key, label: c.label })),
          ]}
        />
      </search>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess ? (
        <>
          <p role="status" className="form-hint">
            {list.data.total === 0
              ? filtered
                ? t('suppliers.noneFound')
                : canWrite
                  ? t('suppliers.emptyWriter')
                  : t('suppliers.empty')
              : t('suppliers.showing', {
                  from: format.number(offset + 1),
                  to: format.number(offset + list.data.items.length),
                  total: format.number(list.data.total),
                })}
          </p>
          {list.data.items.length > 0 ? (
            <TableScroll>
              <table className="table table--compact">
                <caption className="sr-only">{t('suppliers.tableCaption')}</caption>
                <thead>
                  <tr>
                    <SortableHeader<SortField> label={t('fields.name')} field="name" sort={sort} onSort={onSort} />
                    <SortableHeader<SortField> label={t('suppliers.cvrOrId')} field="cvr" sort={sort} onSort={onSort} />
                    <th scope="col">{t('suppliers.fields.country')}</th>
                    <th scope="col">{t('suppliers.fields.classification')}</th>
                    <th scope="col">{t('suppliers.fields.city')}</th>
                    <SortableHeader<SortField>
                      label={t('suppliers.updatedAt')}
                      field="updatedAt"
                      sort={sort}
                      onSort={onSort}
                      descendingFirst
                    />
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((s) => (
                    <SupplierRow key={s.id} supplier={s} classifications={classifications} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
          <Pager
            label={t('suppliers.pagesLabel')}
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
