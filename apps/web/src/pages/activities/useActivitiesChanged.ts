import { useQueryClient } from '@tanstack/react-query';
import { activitiesKey } from '../../api/activities.ts';
import { notificationsKey } from '../../api/notifications.ts';

/** After an activity changed: its lists, the calendar, the start page's counters, the notifications and the history. */
export function useActivitiesChanged(organisationId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: activitiesKey(organisationId) }),
      queryClient.invalidateQueries({ queryKey: notificationsKey(organisationId) }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}
