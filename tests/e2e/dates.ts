import type { CalendarDate } from '@overblik/core';

/** Today in Denmark (`YYYY-MM-DD`): the day the server computes deadlines for while the test runs. */
export const todayInDenmark = (): CalendarDate =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  ) as CalendarDate;

/** A calendar date as the web app shows it in Danish tables: "30. jun. 2027". */
export const shown = (date: string) =>
  new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** A calendar date in Danish running text: "30. juni 2027". */
export const written = (date: string) =>
  new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
