import type { Activity } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { useEditToggle } from '../../lib/useEditToggle.ts';
import { ActivityCells } from '../activities/ActivityCells.tsx';
import { CompleteActivityForm } from '../activities/CompleteActivityForm.tsx';
import { OverdueTag } from '../activities/OverdueTag.tsx';
import { useActivityTypes } from '../activities/useActivityTypes.ts';

type Props = { activity: Activity; canWrite: boolean; columns: number; onAnnounce: (message: string) => void };

/** An open activity on the deadlines page: when, what, on which contract or supplier, who; "Markér som udført". */
export function DueActivityRow({ activity: a, canWrite, columns, onAnnounce }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const types = useActivityTypes(a.organisationId);
  const { editing, setEditing, editButton } = useEditToggle();
  const name = types.nameOf(a);

  if (editing) {
    return (
      <tr>
        <td colSpan={columns}>
          <CompleteActivityForm
            activity={a}
            name={name}
            onCancel={() => setEditing(false)}
            onCompleted={(completed) => {
              onAnnounce(
                completed.status === 'open'
                  ? t('activities.completedNext', { name, date: format.day(completed.dueOn) })
                  : t('activities.completed', { name }),
              );
              setEditing(false);
            }}
          />
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <td className="nowrap">
        {format.day(a.dueOn)} {a.overdue ? <OverdueTag /> : null}
      </td>
      <ActivityCells activity={a} showSubject />
      <td>{a.responsibleName ?? '–'}</td>
      {canWrite ? (
        <td>
          <button
            ref={editButton}
            type="button"
            className="button button-secondary"
            aria-label={t('activities.completeNamed', { name })}
            onClick={() => setEditing(true)}
          >
            {t('activities.complete')}
          </button>
        </td>
      ) : null}
    </tr>
  );
}
