import type { Meeting } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { activitiesKey } from '../../api/activities.ts';
import { meetingQuery, meetingsKey } from '../../api/meetings.ts';

/**
 * A change of a meeting whose answer is the meeting itself: the page shows the answer at once, and the lists,
 * the supplier's history, the activities and the log are asked again.
 */
export function useMeetingChange<V>(
  organisationId: string,
  meetingId: string,
  change: (values: V) => Promise<Meeting | undefined>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async (meeting) => {
      if (meeting) queryClient.setQueryData(meetingQuery(organisationId, meetingId).queryKey, meeting);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingsKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: activitiesKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}
