import type { SearchQuery, SearchResult } from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';

/** The most hits the API gives for one search. */
export const SEARCH_LIMIT = 100;

export const searchKey = (organisationId: string) => ['organisations', organisationId, 'search'] as const;

export const searchQuery = (organisationId: string, q: string) =>
  queryOptions({
    queryKey: [...searchKey(organisationId), q],
    queryFn: () =>
      api.get<SearchResult>(`/organisations/${organisationId}/search`, { q, limit: SEARCH_LIMIT } satisfies SearchQuery),
  });
