import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SEARCH_LIMIT, searchQuery } from '../../api/search.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { NoOrganisation } from '../../components/NoOrganisation.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useFormat } from '../../lib/format.ts';
import { useCurrentOrganisation } from '../../session/currentOrganisation.ts';
import { SearchHitGroup } from './SearchHitGroup.tsx';
import { groupHits } from './searchHits.ts';

const route = getRouteApi('/_authenticated/soeg');

/** `/soeg?q=…`: the register's search (the box is in the page header), its hits grouped by kind. */
export function SearchPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { q } = route.useSearch();
  const current = useCurrentOrganisation();
  const id = current.organisationId;
  const result = useQuery({ ...searchQuery(id ?? '', q ?? ''), enabled: id !== null && q !== undefined });
  const title = q ? t('search.titleWithQuery', { q }) : t('search.title');
  const heading = <PageHeading title={title}>{t('search.title')}</PageHeading>;
  if (id === null)
    return (
      <>
        {heading}
        <NoOrganisation />
      </>
    );
  if (!q)
    return (
      <>
        {heading}
        <p className="font-lead">{t('search.empty')}</p>
      </>
    );

  const hits = result.data?.items ?? [];
  return (
    <>
      {heading}
      {/* One status line, there from the start, so screen readers hear when the search has answered. */}
      <p role="status" className="font-lead">
        {result.isPending
          ? t('search.searching', { q })
          : !result.isSuccess
            ? ''
            : hits.length === 0
              ? t('search.none', { q })
              : hits.length >= SEARCH_LIMIT
                ? t('search.first', { q, n: format.number(hits.length) })
                : t('search.count', { q, count: hits.length, n: format.number(hits.length) })}
      </p>
      {result.isError ? <ErrorAlert error={result.error} /> : null}
      {result.isSuccess && hits.length === 0 ? <p>{t('search.noneHint')}</p> : null}
      {groupHits(hits).map((group) => (
        <SearchHitGroup key={group.kind} kind={group.kind} hits={group.hits} />
      ))}
    </>
  );
}
