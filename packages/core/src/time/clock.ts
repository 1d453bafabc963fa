import { type CalendarDate, calendarDateInDenmark } from './calendar-date.js';

/**
 * Where business time comes from: the instant a row is written, a session or link expires, an audit event
 * occurred, and the day in Denmark that statuses and deadlines are computed for. The server and the command line
 * build their dependencies with `systemClock`; a test sets a `fixedClock` instead of faking the global timers.
 */
export type Clock = {
  now(): Date;
  /** Today in Denmark, whatever time zone the server runs in. */
  today(): CalendarDate;
};

/** The real clock: the one place outside tests that reads the global time for the product's business. */
export const systemClock: Clock = {
  now: () => new Date(),
  today: () => calendarDateInDenmark(new Date()),
};

/** A clock that stands still at `at` (an ISO instant or a Date), for tests. */
export function fixedClock(at: string | Date): Clock {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) throw new Error(`fixedClock: not an instant: ${String(at)}`);
  return {
    now: () => new Date(instant),
    today: () => calendarDateInDenmark(instant),
  };
}
