import type { Activity } from '@overblik/api';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { deleteActivity } from '../../api/activities.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFormat } from '../../lib/format.ts';
import { useEditToggle } from '../../lib/useEditToggle.ts';
import { ActivityCells } from './ActivityCells.tsx';
import { CompleteActivityForm } from './CompleteActivityForm.tsx';
import { EditActivityForm } from './EditActivityForm.tsx';
import { OverdueTag } from './OverdueTag.tsx';
import { useActivitiesChanged } from './useActivitiesChanged.ts';
import { useActivityTypes } from './useActivityTypes.ts';

type Props = {
  activity: Activity;
  canWrite: boolean;
  /** Adds a cell with the activity's contract (or supplier). */
  showSubject: boolean;
  columns: number;
  onAnnounce: (message: string) => void;
};

/**
 * An open activity of a contract or a supplier: "Markér som udført" (with a note), "Rediger", and for one entered
 * by hand "Slet" — one derived from the contract terms follows them and cannot be deleted.
 */
export function ActivityRow({ activity: a, canWrite, showSubject, columns, onAnnounce }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const types = useActivityTypes(a.organisationId);
  const changed = useActivitiesChanged(a.organisationId);
  const edit = useEditToggle();
  const complete = useEditToggle();
  const name = types.nameOf(a);
  const remove = useMutation({
    mutationFn: () => deleteActivity(a.organisationId, a.id),
    onSuccess: async () => {
      await changed();
      onAnnounce(t('activities.deleted', { name }));
    },
  });

  if (edit.editing || complete.editing) {
    return (
      <tr>
        <td colSpan={columns}>
          {edit.editing ? (
            <EditActivityForm activity={a} name={name} onDone={() => edit.setEditing(false)} />
          ) : (
            <CompleteActivityForm
              activity={a}
              name={name}
              onCancel={() => complete.setEditing(false)}
              onCompleted={(completed) => {
                onAnnounce(
                  completed.status === 'open'
                    ? t('activities.completedNext', { name, date: format.day(completed.dueOn) })
                    : t('activities.completed', { name }),
                );
                complete.setEditing(false);
              }}
            />
          )}
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <td className="nowrap">
        {format.day(a.dueOn)} {a.overdue ? <OverdueTag /> : null}
      </td>
      <ActivityCells activity={a} showSubject={showSubject} />
      <td>{a.responsibleName ?? '–'}</td>
      <td>{t('activities.leadDaysShort', { days: a.effectiveLeadDays.join(', ') })}</td>
      {canWrite ? (
        <td>
          <span className="row-actions">
            <button
              ref={complete.editButton}
              type="button"
              className="button button-secondary"
              aria-label={t('activities.completeNamed', { name })}
              onClick={() => complete.setEditing(true)}
            >
              {t('activities.complete')}
            </button>
            <button
              ref={edit.editButton}
              type="button"
              className="button button-tertiary"
              aria-label={t('activities.editNamed', { name })}
              onClick={() => edit.setEditing(true)}
            >
              {t('contracts.edit')}
            </button>
            {a.derived ? null : (
              <ConfirmAction
                label={t('contracts.delete')}
                accessibleLabel={t('activities.deleteNamed', { name })}
                question={t('activities.deleteQuestion', { name })}
                confirmLabel={t('contracts.deleteConfirm')}
                pending={remove.isPending}
                onConfirm={() => remove.mutate()}
              />
            )}
          </span>
          {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        </td>
      ) : null}
    </tr>
  );
}
