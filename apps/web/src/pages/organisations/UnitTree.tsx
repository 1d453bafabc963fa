import type { Unit } from '@overblik/api';
import type { UnitTreeNode } from '@overblik/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { deleteUnit, unitsQuery } from '../../api/organisations.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useEditToggle } from '../../lib/useEditToggle.ts';
import { EditUnitForm } from './EditUnitForm.tsx';

type ItemProps = { node: UnitTreeNode<Unit>; units: readonly Unit[]; canAdminister: boolean };

/** One unit with its actions, and the units under it as a nested tree (the two render each other). */
function UnitItem({ node, units, canAdminister }: ItemProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { unit } = node;
  const { editing, setEditing, editButton } = useEditToggle();
  const remove = useMutation({
    mutationFn: () => deleteUnit(unit.organisationId, unit.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsQuery(unit.organisationId).queryKey }),
  });

  return (
    <li>
      <div className="unit-row">
        <span className="unit-name">{unit.name}</span>
        {unit.ean ? <span className="unit-ean">{t('units.eanShort', { ean: unit.ean })}</span> : null}
        {canAdminister && !editing ? (
          <span className="unit-actions">
            <button
              ref={editButton}
              type="button"
              className="button button-tertiary"
              aria-label={t('units.editNamed', { name: unit.name })}
              onClick={() => setEditing(true)}
            >
              {t('units.edit')}
            </button>
            <ConfirmAction
              label={t('units.delete')}
              accessibleLabel={t('units.deleteNamed', { name: unit.name })}
              question={t('units.deleteQuestion', { name: unit.name })}
              confirmLabel={t('units.deleteConfirm')}
              pending={remove.isPending}
              onConfirm={() => remove.mutate()}
            />
          </span>
        ) : null}
      </div>
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      {editing ? <EditUnitForm unit={unit} units={units} onDone={() => setEditing(false)} /> : null}
      {node.children.length > 0 ? <UnitTree nodes={node.children} units={units} canAdminister={canAdminister} nested /> : null}
    </li>
  );
}

type TreeProps = { nodes: readonly UnitTreeNode<Unit>[]; units: readonly Unit[]; canAdminister: boolean; nested?: boolean };

/** Nested lists: the structure is announced by screen readers as list levels. */
export function UnitTree({ nodes, units, canAdminister, nested = false }: TreeProps) {
  return (
    <ul className={nested ? 'unstyled-list unit-tree unit-tree-nested' : 'unstyled-list unit-tree'}>
      {nodes.map((node) => (
        <UnitItem key={node.unit.id} node={node} units={units} canAdminister={canAdminister} />
      ))}
    </ul>
  );
}
