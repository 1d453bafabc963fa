import type { Occurrence } from '@overblik/api';
import { type CalendarDate, calendarDateInDenmark } from '@overblik/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { occurrencesQuery } from '../../api/activities.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { upperFirst, useFormat } from '../../lib/format.ts';
import { CalendarDayCell } from './CalendarDayCell.tsx';
import { monthOf, monthWeeks, shiftMonth } from './calendarMonth.ts';
import type { DeadlineFilter } from './deadlineSearch.ts';

type Props = {
  organisationId: string;
  /** `YYYY-MM`; this month when left out. */
  month: string | undefined;
  filter: DeadlineFilter;
  onMonth: (month: string | undefined) => void;
};

/**
 * "Kalender": a month as a table of weeks, Monday to Sunday, each day with the activities due on it (recurring ones
 * on each of their days) as links to their contract or supplier. Today is marked, also for screen readers
 * (`aria-current="date"`); the month's name is announced when it changes.
 */
export function ActivityCalendar({ organisationId, month, filter, onMonth }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = calendarDateInDenmark(new Date());
  const shown = month ?? monthOf(today);
  const weeks = monthWeeks(shown);
  // `shown` is `YYYY-MM`, so these are `YYYY-MM-DD` dates.
  const from = weeks[0]?.[0] ?? (`${shown}-01` as CalendarDate);
  const to = weeks.at(-1)?.[6] ?? (`${shown}-28` as CalendarDate);
  const list = useQuery(occurrencesQuery(organisationId, { from, to, ...filter }));
  const byDay = new Map<string, Occurrence[]>();
  for (const o of list.data?.items ?? []) byDay.set(o.on, [...(byDay.get(o.on) ?? []), o]);
  const title = upperFirst(format.month(shown));
  const go = (next: string) => onMonth(next === monthOf(today) ? undefined : next);

  return (
    <section aria-labelledby="deadline-calendar-heading" className="mt-6">
      <div className="section-heading-row">
        <h2 id="deadline-calendar-heading" aria-live="polite">
          {title}
        </h2>
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={() => go(shiftMonth(shown, -1))}>
            {t('deadlines.calendar.previous')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => go(monthOf(today))}>
            {t('deadlines.calendar.thisMonth')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => go(shiftMonth(shown, 1))}>
            {t('deadlines.calendar.next')}
          </button>
        </div>
      </div>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess ? <p className="form-hint">{t('deadlines.calendar.count', { count: list.data.items.length })}</p> : null}
      <TableScroll>
        <table className="table table--compact activity-calendar">
          <caption className="sr-only">{t('deadlines.calendar.caption', { month: format.month(shown) })}</caption>
          <thead>
            <tr>
              {(weeks[0] ?? []).map((day) => (
                <th key={day} scope="col">
                  {upperFirst(format.weekday(day))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]}>
                {week.map((day) => (
                  <CalendarDayCell
                    key={day}
                    day={day}
                    today={today}
                    inMonth={monthOf(day) === shown}
                    occurrences={byDay.get(day) ?? []}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
