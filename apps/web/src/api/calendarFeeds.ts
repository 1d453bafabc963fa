import type { CalendarFeedList, CreateCalendarFeedRequest, CreatedSecretLink } from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';

export type CalendarFeedKind = CreateCalendarFeedRequest['kind'];

const base = (organisationId: string) => `/organisations/${organisationId}/calendar-feeds`;

export const calendarFeedsQuery = (organisationId: string) =>
  queryOptions({
    queryKey: ['organisations', organisationId, 'calendar-feeds'],
    queryFn: () => api.get<CalendarFeedList>(base(organisationId)),
  });

/** A new secret calendar address; its URL is in the answer only. Replaces the previous feed of the same kind. */
export const createCalendarFeed = (organisationId: string, kind: CalendarFeedKind) =>
  api.post<CreatedSecretLink>(base(organisationId), { kind } satisfies CreateCalendarFeedRequest);

export const deleteCalendarFeed = (organisationId: string, feedId: string) => api.delete(`${base(organisationId)}/${feedId}`);
