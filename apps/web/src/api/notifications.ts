import type { Notification, NotificationList, NotificationQuery } from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';

const base = (organisationId: string) => `/organisations/${organisationId}/notifications`;

/** The signed-in person's own notifications in an organisation (reminders shown in Overblik). */
export const notificationsKey = (organisationId: string) => ['organisations', organisationId, 'notifications'] as const;

/** How often the header asks again for the number of unread notifications. */
const REFRESH_MS = 60_000;

export const notificationsQuery = (organisationId: string, query: NotificationQuery) =>
  queryOptions({
    queryKey: [...notificationsKey(organisationId), query],
    queryFn: () => api.get<NotificationList>(base(organisationId), query),
    refetchInterval: REFRESH_MS,
  });

export const markNotificationRead = (organisationId: string, notificationId: string) =>
  api.post<Notification>(`${base(organisationId)}/${notificationId}/read`);

export const markAllNotificationsRead = (organisationId: string) => api.post<void>(`${base(organisationId)}/read-all`);
