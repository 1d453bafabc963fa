import type { PriceElement } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { contractsKey, deletePriceElement } from '../../api/contracts.ts';
import { RowActions } from '../../components/RowActions.tsx';
import { useFormat } from '../../lib/format.ts';
import { useEditToggle } from '../../lib/useEditToggle.ts';
import { EditPriceElementForm } from './EditPriceElementForm.tsx';
import { isCommonUnitCode } from './unitCodes.ts';

type Props = {
  organisationId: string;
  element: PriceElement;
  currency: string;
  unitNames: ReadonlyMap<string, string>;
  canWrite: boolean;
  columns: number;
};

export function PriceElementRow({ organisationId, element: e, currency, unitNames, canWrite, columns }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const { editing, setEditing, editButton } = useEditToggle();
  const remove = useMutation({
    mutationFn: () => deletePriceElement(organisationId, e.contractId, e.id),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: contractsKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });

  if (editing) {
    return (
      <tr>
        <td colSpan={columns}>
          <EditPriceElementForm organisationId={organisationId} element={e} onDone={() => setEditing(false)} />
        </td>
      </tr>
    );
  }
  const unit = isCommonUnitCode(e.unitCode) ? t(`contracts.unitCodes.${e.unitCode}`) : e.unitCode;
  const validity =
    e.validFrom || e.validTo ? `${e.validFrom ? format.day(e.validFrom) : ''}–${e.validTo ? format.day(e.validTo) : ''}` : '–';
  return (
    <tr>
      <td>{e.number ?? '–'}</td>
      <td>{e.name}</td>
      <td>
        <abbr title={e.unitCode}>{unit}</abbr>
      </td>
      <td className="align-text-right amount">{format.money(e.unitPrice, currency)}</td>
      <td className="align-text-right">{format.decimal(e.quantity)}</td>
      <td>{t(`contracts.recurrences.${e.recurrence}`)}</td>
      <td>{validity}</td>
      <td>{e.payingUnitIds.length ? e.payingUnitIds.map((id) => unitNames.get(id) ?? id).join(', ') : '–'}</td>
      <td>{e.accountCoding ?? '–'}</td>
      {canWrite ? (
        <RowActions
          editRef={editButton}
          editLabel={t('contracts.edit')}
          editAccessibleLabel={t('contracts.priceElements.editNamed', { name: e.name })}
          onEdit={() => setEditing(true)}
          deleteLabel={t('contracts.delete')}
          deleteAccessibleLabel={t('contracts.priceElements.deleteNamed', { name: e.name })}
          deleteQuestion={t('contracts.priceElements.deleteQuestion', { name: e.name })}
          confirmLabel={t('contracts.deleteConfirm')}
          remove={remove}
        ></RowActions>
      ) : null}
    </tr>
  );
}
