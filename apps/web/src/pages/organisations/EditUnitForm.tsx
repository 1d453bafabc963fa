import type { Unit } from '@overblik/api';
import { unitAndDescendants } from '@overblik/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unitsQuery, updateUnit } from '../../api/organisations.ts';
import { fieldError } from '../../components/ErrorAlert.tsx';
import { InlineEditForm } from '../../components/InlineEditForm.tsx';
import { TextField } from '../../components/TextField.tsx';
import { ParentSelect } from './ParentSelect.tsx';

type Props = { unit: Unit; units: readonly Unit[]; onDone: () => void };

/** Rename, move (choose another parent) or change the EAN of a unit, inline under it. */
export function EditUnitForm({ unit, units, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(unit.name);
  const [parentId, setParentId] = useState(unit.parentId ?? '');
  const [ean, setEan] = useState(unit.ean ?? '');
  const mutation = useMutation({
    mutationFn: () =>
      updateUnit(unit.organisationId, unit.id, { name: name.trim(), parentId: parentId || null, ean: ean.trim() || null }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: unitsQuery(unit.organisationId).queryKey });
      onDone();
    },
  });

  const prefix = `edit-unit-${unit.id}`;
  return (
    <InlineEditForm
      label={t('units.editNamed', { name: unit.name })}
      className="unit-edit"
      error={mutation.error}
      pending={mutation.isPending}
      onSubmit={() => mutation.mutate()}
      onCancel={onDone}
    >
      <TextField
        id={`${prefix}-name`}
        label={t('fields.name')}
        required
        autoComplete="off"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fieldError(mutation.error, 'name')}
      />
      <ParentSelect
        id={`${prefix}-parent`}
        units={units}
        exclude={unitAndDescendants(units, unit.id)}
        value={parentId}
        onChange={setParentId}
        error={fieldError(mutation.error, 'parentId')}
      />
      <TextField
        id={`${prefix}-ean`}
        label={t('units.eanOptional')}
        hint={t('units.eanHint')}
        inputMode="numeric"
        autoComplete="off"
        value={ean}
        onChange={(e) => setEan(e.target.value)}
        error={fieldError(mutation.error, 'ean')}
      />
    </InlineEditForm>
  );
}
