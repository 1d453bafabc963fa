import type { AddOptionRequest, OptionListName, OptionListsResponse, OptionValue, UpdateOptionRequest } from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';

export { OPTION_LISTS } from '@overblik/core';

export const optionListsKey = (organisationId: string) => ['organisations', organisationId, 'option-lists'] as const;

/** Labels of default values follow the language the request asks for, so each language has its own cache entry. */
export const optionListsQuery = (organisationId: string, language: string) =>
  queryOptions({
    queryKey: [...optionListsKey(organisationId), language],
    queryFn: () => api.get<OptionListsResponse>(`/organisations/${organisationId}/option-lists`),
  });

export const addOption = (organisationId: string, list: OptionListName, body: AddOptionRequest) =>
  api.post<OptionValue>(`/organisations/${organisationId}/option-lists/${list}`, body);

export const updateOption = (organisationId: string, list: OptionListName, key: string, body: UpdateOptionRequest) =>
  api.patch<OptionValue>(`/organisations/${organisationId}/option-lists/${list}/${key}`, body);
