import type { Occurrence } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { OccurrenceLink } from './OccurrenceLink.tsx';

type Props = { day: string; today: string; inMonth: boolean; occurrences: readonly Occurrence[] };

/** One day of the month calendar: its number (the whole date for screen readers) and what falls due on it. */
export function CalendarDayCell({ day, today, inMonth, occurrences }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const isToday = day === today;
  const className = ['calendar-day', inMonth ? null : 'calendar-day-other-month', isToday ? 'calendar-day-today' : null]
    .filter(Boolean)
    .join(' ');
  return (
    <td className={className} aria-current={isToday ? 'date' : undefined}>
      <span className="calendar-day-number" aria-hidden="true">
        {Number(day.slice(8))}
      </span>
      <span className="sr-only">{format.longDay(day)}</span>
      {isToday ? <span className="badge badge-info calendar-today-tag">{t('deadlines.calendar.today')}</span> : null}
      {occurrences.length > 0 ? (
        <ul className="unstyled-list calendar-items">
          {occurrences.map((o) => (
            <li key={`${o.activity.id}-${o.on}`}>
              <OccurrenceLink occurrence={o} />
            </li>
          ))}
        </ul>
      ) : null}
    </td>
  );
}
