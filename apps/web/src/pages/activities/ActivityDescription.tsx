import type { Activity } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { useActivityTypes } from './useActivityTypes.ts';

/** An activity's name (its title, else its type), how it repeats and its description. */
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
    </>
  );
}
