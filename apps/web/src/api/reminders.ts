import type {
  MailDelivery,
  MailDeliveryPage,
  MailDeliveryQuery,
  PutReminderSettingRequest,
  ReminderSetting,
  ReminderSettingList,
} from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';

const base = (organisationId: string) => `/organisations/${organisationId}`;

export const reminderSettingsKey = (organisationId: string) => ['organisations', organisationId, 'reminder-settings'] as const;

/** The lead times, roles and extra addresses of every activity type's reminders (advisering). */
export const reminderSettingsQuery = (organisationId: string) =>
  queryOptions({
    queryKey: reminderSettingsKey(organisationId),
    queryFn: () => api.get<ReminderSettingList>(`${base(organisationId)}/reminder-settings`),
  });

export const putReminderSetting = (organisationId: string, activityType: string, body: PutReminderSettingRequest) =>
  api.put<ReminderSetting>(`${base(organisationId)}/reminder-settings/${activityType}`, body);

/** Back to the product's default for the type. */
export const resetReminderSetting = (organisationId: string, activityType: string) =>
  api.delete(`${base(organisationId)}/reminder-settings/${activityType}`);

export const mailDeliveriesKey = (organisationId: string) => ['organisations', organisationId, 'mail-deliveries'] as const;

export const mailDeliveriesQuery = (organisationId: string, query: MailDeliveryQuery) =>
  queryOptions({
    queryKey: [...mailDeliveriesKey(organisationId), query],
    queryFn: () => api.get<MailDeliveryPage>(`${base(organisationId)}/mail-deliveries`, query),
    placeholderData: (previous) => previous,
  });

export const retryMailDelivery = (organisationId: string, mailId: string) =>
  api.post<MailDelivery>(`${base(organisationId)}/mail-deliveries/${mailId}/retry`);
