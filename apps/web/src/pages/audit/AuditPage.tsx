import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditFilter, auditQuery } from '../../api/audit.ts';
import { membersQuery } from '../../api/members.ts';
import { unitsQuery } from '../../api/organisations.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { dayEnd, dayStart } from '../../lib/format.ts';
import { useOptionLists } from '../../lib/useOptionLists.ts';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { AuditEventRow } from './AuditEventRow.tsx';
import { AuditFilters, type FilterValues } from './AuditFilters.tsx';
import { useObjectWords } from './AuditObjectCell.tsx';

const route = getRouteApi('/_authenticated/log');

const EMPTY: FilterValues = { userId: '', entityType: '', from: '', to: '', everyOrganisation: false };

function toQuery(
  organisationId: string,
  values: FilterValues,
  object: { entityType?: string | undefined; entityId?: string | undefined },
): AuditFilter {
  return {
    organisationId: values.everyOrganisation ? null : organisationId,
    userId: values.userId || undefined,
    entityType: object.entityId ? object.entityType : values.entityType || undefined,
    entityId: object.entityId,
    from: dayStart(values.from),
    to: dayEnd(values.to),
  };
}

export function AuditPage() {
  const { t } = useTranslation();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const [values, setValues] = useState<FilterValues>(EMPTY);
  const object = route.useSearch();
  const words = useObjectWords();
  const audit = useInfiniteQuery({
    ...auditQuery(toQuery(id ?? '', values, object)),
    enabled: id !== null || values.everyOrganisation,
  });
  const members = useQuery({ ...membersQuery(id ?? ''), enabled: id !== null });
  const units = useQuery({ ...unitsQuery(id ?? ''), enabled: id !== null });
  const lists = useOptionLists(id).data?.lists ?? {};
  const names = new Map([
    ...(members.data?.items ?? []).map((m) => [m.userId, m.name] as const),
    ...(units.data?.items ?? []).map((u) => [u.id, u.name] as const),
    ...Object.values(lists).flatMap((values) => values.map((v) => [v.key, v.label] as const)),
  ]);
  const events = audit.data?.pages.flatMap((p) => p.items) ?? [];
  const heading = <PageHeading title={t('audit.title')}>{t('audit.title')}</PageHeading>;
  if (id === null && !current.isSystemAdmin)
    return (
      <>
        {heading}
        <NoOrganisation />
      </>
    );

  return (
    <>
      {heading}
      <p className="font-lead">{t('audit.intro')}</p>
      <AuditFilters organisationId={id} initial={values} empty={EMPTY} canSeeAll={current.isSystemAdmin} onApply={setValues} />
      {object.entityId ? (
        <p className="mt-5" data-testid="audit-object-filter">
          {t('audit.objectFilter', {
            object: words(
              events.find((e) => e.entityId === object.entityId)?.subject ?? {
                type: object.entityType ?? '',
                id: object.entityId,
                name: null,
                deleted: false,
              },
            ),
          })}{' '}
          <Link to="/log" search={{}}>
            {t('audit.allObjects')}
          </Link>
        </p>
      ) : null}
      {id === null && !values.everyOrganisation ? <NoOrganisation /> : null}
      {audit.isPending && audit.fetchStatus !== 'idle' ? <Loading /> : null}
      {audit.isError ? <ErrorAlert error={audit.error} /> : null}
      {audit.isSuccess ? (
        <>
          <p role="status" className="form-hint">
            {t('audit.shown', { count: events.length })}
          </p>
          {events.length === 0 ? (
            <p>{t('audit.none')}</p>
          ) : (
            <TableScroll>
              <table className="table table--compact audit-table">
                <caption className="sr-only">{t('audit.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.when')}</th>
                    <th scope="col">{t('audit.who')}</th>
                    <th scope="col">{t('audit.action')}</th>
                    <th scope="col">{t('audit.object')}</th>
                    <th scope="col">{t('audit.changes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {events.map((event) => (
                    <AuditEventRow key={event.id} event={event} names={names} filterable={!object.entityId} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          {audit.hasNextPage ? (
            <button
              type="button"
              className="button button-secondary mt-5"
              disabled={audit.isFetchingNextPage}
              onClick={() => void audit.fetchNextPage()}
            >
              {audit.isFetchingNextPage ? t('common.loading') : t('audit.more')}
            </button>
          ) : null}
        </>
      ) : null}
    </>
  );
}
