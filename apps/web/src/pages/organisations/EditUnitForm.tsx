import type { Unit } from '@overblik/api';
import { unitAndDescendants } from '@overblik/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unitsQuery, updateUnit } from '../../api/organisations.ts';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { ParentSelect } from './ParentSelect.tsx';

type Props = { unit: Unit; units: readonly Unit[]; onDone: () => void };

/** Rename, move (choose another parent) or change the EAN of a unit, inline under it. */
export function EditUnitForm({ unit, units, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
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

  useEffect(() => {
    formRef.current?.querySelector('input')?.focus();
  }, []);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate();
  }

  const prefix = `edit-unit-${unit.id}`;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="unit-edit"
      aria-label={t('units.editNamed', { name: unit.name })}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      <ErrorAlert error={mutation.error} />
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
      <div className="button-row mt-4">
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {t('common.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
