import type { Preference, PreferenceKey, PutPreferenceRequest } from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';

/**
 * A person's own settings (e.g. the columns of the contract list), kept on the server so they follow the person
 * from device to device. Keyed by the person, so a new session never sees the previous person's choice.
 */
export const preferenceQuery = (userId: string, key: PreferenceKey) =>
  queryOptions({
    queryKey: ['preferences', userId, key],
    queryFn: () => api.get<Preference>(`/me/preferences/${key}`),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const putPreference = (key: PreferenceKey, value: unknown) =>
  api.put<Preference>(`/me/preferences/${key}`, { value } satisfies PutPreferenceRequest);
