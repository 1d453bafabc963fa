import type { Activity } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { useActivityTypes } from './useActivityTypes.ts';

/** An activity's name (its title, else its type), how it repeats, its description and the meeting it comes from. */
export function ActivityDescription({ activity: a }: { activity: Activity }) {
  const { t } = useTranslation();
  const format = useFormat();
  const types = useActivityTypes(a.organisationId);
  const repeats =
    a.recurrence === 'none'
      ? null
      : a.recurrence === 'dates'
        ? t('activities.repeatsOn', { dates: a.recurrenceDates.map((d) => format.day(d)).join(', ') })
        : t('activities.repeats', { recurrence: t(`activities.recurrences.${a.recurrence}`) });
  return (
    <>
      <span className="weight-semibold">{types.nameOf(a)}</span>
      {repeats ? <span className="activity-detail">{repeats}</span> : null}
      {a.description ? <span className="activity-detail notes">{a.description}</span> : null}
      {a.meetingId ? (
        <span className="activity-detail">
          <Link to="/leverandoerstyring/moeder/$meetingId" params={{ meetingId: a.meetingId }}>
            {t('activities.openMeeting')}
          </Link>
        </span>
      ) : null}
    </>
  );
}
