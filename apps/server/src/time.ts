import { calendarDateInDenmark } from '@overblik/core';

/** Today in Denmark: the day statuses and deadlines are computed for. */
export function today(): string {
  return calendarDateInDenmark(new Date());
}
