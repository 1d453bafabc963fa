import type {
  Activity,
  ActivityPage,
  ActivityQuery,
  CompleteActivityRequest,
  CreateActivityRequest,
  DeadlineSummary,
  OccurrenceList,
  OccurrenceQuery,
  UpdateActivityRequest,
} from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';

/**
 * Everything computed from activities (the lists, the month calendar, the start page's counters) sits under one
 * key, so a change to any activity asks for all of it again.
 */
export const activitiesKey = (organisationId: string) => ['organisations', organisationId, 'activities'] as const;

const base = (organisationId: string) => `/organisations/${organisationId}`;

export const activitiesQuery = (organisationId: string, query: ActivityQuery) =>
  queryOptions({
    queryKey: [...activitiesKey(organisationId), 'list', query],
    queryFn: () => api.get<ActivityPage>(`${base(organisationId)}/activities`, query),
  });

export const occurrencesQuery = (organisationId: string, query: OccurrenceQuery) =>
  queryOptions({
    queryKey: [...activitiesKey(organisationId), 'occurrences', query],
    queryFn: () => api.get<OccurrenceList>(`${base(organisationId)}/activity-occurrences`, query),
    placeholderData: (previous) => previous,
  });

export const deadlineSummaryQuery = (organisationId: string) =>
  queryOptions({
    queryKey: [...activitiesKey(organisationId), 'summary'],
    queryFn: () => api.get<DeadlineSummary>(`${base(organisationId)}/deadline-summary`),
  });

export const createActivity = (organisationId: string, body: CreateActivityRequest) =>
  api.post<Activity>(`${base(organisationId)}/activities`, body);

export const updateActivity = (organisationId: string, activityId: string, body: UpdateActivityRequest) =>
  api.patch<Activity>(`${base(organisationId)}/activities/${activityId}`, body);

export const deleteActivity = (organisationId: string, activityId: string) =>
  api.delete(`${base(organisationId)}/activities/${activityId}`);

export const completeActivity = (organisationId: string, activityId: string, body: CompleteActivityRequest) =>
  api.post<Activity>(`${base(organisationId)}/activities/${activityId}/complete`, body);

export const reopenActivity = (organisationId: string, activityId: string) =>
  api.post<Activity>(`${base(organisationId)}/activities/${activityId}/reopen`);
