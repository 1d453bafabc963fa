import type { Activity } from '@overblik/api';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reopenActivity } from '../../api/activities.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFormat } from '../../lib/format.ts';
import { ActivityCells } from './ActivityCells.tsx';
import { useActivitiesChanged } from './useActivitiesChanged.ts';
import { useActivityTypes } from './useActivityTypes.ts';

type Props = {
  activity: Activity;
  canWrite: boolean;
  /** Adds a cell with the activity's contract (or supplier). */
  showSubject: boolean;
  onAnnounce: (message: string) => void;
};

/** A done activity: the occurrence done, by whom, when and with what note; "Genåbn" puts it back among the open ones. */
export function DoneActivityRow({ activity: a, canWrite, showSubject, onAnnounce }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const types = useActivityTypes(a.organisationId);
  const changed = useActivitiesChanged(a.organisationId);
  const name = types.nameOf(a);
  const reopen = useMutation({
    mutationFn: () => reopenActivity(a.organisationId, a.id),
    onSuccess: async () => {
      await changed();
      onAnnounce(t('activities.reopened', { name }));
    },
  });
  return (
    <tr>
      <td className="nowrap">{format.day(a.done?.on ?? a.dueOn)}</td>
      <ActivityCells activity={a} showSubject={showSubject} />
      <td>{a.done?.byName ?? '–'}</td>
      <td className="nowrap">{format.dateTime(a.done?.at)}</td>
      <td className="notes">{a.done?.note ?? '–'}</td>
      {canWrite ? (
        <td>
          <button
            type="button"
            className="button button-tertiary"
            aria-label={t('activities.reopenNamed', { name })}
            disabled={reopen.isPending}
            onClick={() => reopen.mutate()}
          >
            {t('activities.reopen')}
          </button>
          {reopen.isError ? <ErrorAlert error={reopen.error} /> : null}
        </td>
      ) : null}
    </tr>
  );
}
