import { addDays, addMonths, type CalendarDate, lastDayOfMonth } from '@overblik/core';

/** The month a date lies in, `YYYY-MM`. */
export const monthOf = (date: CalendarDate) => date.slice(0, 7);

/** The month `delta` months before or after `month` (`YYYY-MM`). */
export function shiftMonth(month: string, delta: number): string {
  // `month` is `YYYY-MM`, so this is a `YYYY-MM-DD` date.
  return monthOf(addMonths(`${month}-01` as CalendarDate, delta));
}

/** 0 for Monday … 6 for Sunday (weeks in Denmark start on Monday). */
function weekdayIndex(date: CalendarDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/**
 * The weeks (Monday to Sunday) that a month calendar shows for `month` (`YYYY-MM`): from the Monday on or before
 * the 1st to the Sunday on or after the last day, so the first and last weeks may hold days of the months around it.
 */
export function monthWeeks(month: string): CalendarDate[][] {
  // `month` is `YYYY-MM`, so this is a `YYYY-MM-DD` date.
  const first = `${month}-01` as CalendarDate;
  const last = lastDayOfMonth(first);
  const start = addDays(first, -weekdayIndex(first));
  const end = addDays(last, 6 - weekdayIndex(last));
  const weeks: CalendarDate[][] = [];
  for (let day = start; day <= end; day = addDays(day, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(day, i)));
  }
  return weeks;
}
