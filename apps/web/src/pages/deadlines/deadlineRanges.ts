import type { ActivityQuery } from '@overblik/api';
import { addDays, type CalendarDate } from '@overblik/core';

export const DEADLINE_GROUPS = ['overdue', 'next30', 'days31to90', 'days91to365'] as const;
export type DeadlineGroupName = (typeof DEADLINE_GROUPS)[number];

/**
 * Which open activities each group of the deadlines page lists, counted from `today` (a day in Denmark):
 * those overdue (due before today), due from today through 30 days ahead, from 31 through 90, and from 91
 * through 365 days ahead. The groups neither overlap nor leave a day out.
 */
export function groupQuery(group: DeadlineGroupName, today: CalendarDate): Pick<ActivityQuery, 'overdue' | 'dueFrom' | 'dueTo'> {
  switch (group) {
    case 'overdue':
      return { overdue: true };
    case 'next30':
      return { dueFrom: today, dueTo: addDays(today, 30) };
    case 'days31to90':
      return { dueFrom: addDays(today, 31), dueTo: addDays(today, 90) };
    case 'days91to365':
      return { dueFrom: addDays(today, 91), dueTo: addDays(today, 365) };
  }
}
