import type { MeetingStatus } from '@overblik/core';
import { useTranslation } from 'react-i18next';

/** A meeting's status in words: Planlagt, Afholdt, Referat godkendt. */
export function useMeetingStatusLabel(): (status: MeetingStatus) => string {
  const { t } = useTranslation();
  return (status) => t(`meetings.statuses.${status}`);
}
