import type { ContractOption } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { activitiesKey } from '../../api/activities.ts';
import { contractsKey, deleteContractOption } from '../../api/contracts.ts';
import { RowActions } from '../../components/RowActions.tsx';
import { useFormat } from '../../lib/format.ts';
import { useEditToggle } from '../../lib/useEditToggle.ts';
import { EditOptionForm } from './EditOptionForm.tsx';

type Props = {
  organisationId: string;
  option: ContractOption;
  /** The last day to exercise the option's next open period (from the contract's `optionDeadlines`); null when none. */
  deadline: string | null;
  canWrite: boolean;
  columns: number;
};

export function OptionRow({ organisationId, option: o, deadline, canWrite, columns }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const { editing, setEditing, editButton } = useEditToggle();
  const remove = useMutation({
    mutationFn: () => deleteContractOption(organisationId, o.contractId, o.id),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: contractsKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: activitiesKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
  const name = o.description ?? t(`contracts.optionKinds.${o.kind}`);

  if (editing) {
    return (
      <tr>
        <td colSpan={columns}>
          <EditOptionForm organisationId={organisationId} option={o} label={name} onDone={() => setEditing(false)} />
        </td>
      </tr>
    );
  }
  const periods =
    o.kind === 'extension' && o.periods !== null && o.periodMonths !== null
      ? t('contracts.options.periodsOf', { count: o.periods, months: o.periodMonths })
      : o.periods !== null
        ? format.number(o.periods)
        : '–';
  return (
    <tr>
      <td>{t(`contracts.optionKinds.${o.kind}`)}</td>
      <td>{o.description ?? '–'}</td>
      <td>{periods}</td>
      <td>{format.day(o.latestExerciseOn)}</td>
      <td>{o.leadTimeMonths === null ? '–' : t('contracts.term.months', { count: o.leadTimeMonths })}</td>
      <td>{format.day(deadline)}</td>
      <td>
        {o.exercised
          ? t('contracts.options.exercisedText', { count: o.exercisedPeriods, date: format.day(o.exercisedOn) })
          : t('common.no')}
      </td>
      {canWrite ? (
        <RowActions
          editRef={editButton}
          editLabel={t('contracts.edit')}
          editAccessibleLabel={t('contracts.options.editNamed', { name })}
          onEdit={() => setEditing(true)}
          deleteLabel={t('contracts.delete')}
          deleteAccessibleLabel={t('contracts.options.deleteNamed', { name })}
          deleteQuestion={t('contracts.options.deleteQuestion', { name })}
          confirmLabel={t('contracts.deleteConfirm')}
          remove={remove}
        ></RowActions>
      ) : null}
    </tr>
  );
}
