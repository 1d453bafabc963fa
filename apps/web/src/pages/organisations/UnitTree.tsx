import type { Unit } from '@overblik/api';
import type { UnitTreeNode } from '@overblik/core';
import { UnitItem } from './UnitItem.tsx';

type Props = { nodes: readonly UnitTreeNode<Unit>[]; units: readonly Unit[]; canAdminister: boolean; nested?: boolean };

/** Nested lists: the structure is announced by screen readers as list levels. */
export function UnitTree({ nodes, units, canAdminister, nested = false }: Props) {
  return (
    <ul className={nested ? 'unstyled-list unit-tree unit-tree-nested' : 'unstyled-list unit-tree'}>
      {nodes.map((node) => (
        <UnitItem key={node.unit.id} node={node} units={units} canAdminister={canAdminister} />
      ))}
    </ul>
  );
}
