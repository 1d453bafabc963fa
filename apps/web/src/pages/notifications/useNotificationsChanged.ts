import { useQueryClient } from '@tanstack/react-query';
import { notificationsKey } from '../../api/notifications.ts';

/** After notifications were read: the page's list and the header's count. */
export function useNotificationsChanged(organisationId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: notificationsKey(organisationId) });
}
