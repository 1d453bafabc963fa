export type UnitNode = { id: string; parentId: string | null };

/**
 * Whether giving `unitId` the parent `newParentId` would make the unit its own ancestor.
 * Units form a tree (forvaltning → center → afdeling); a cycle would make it a loop.
 */
export function wouldCreateCycle(units: readonly UnitNode[], unitId: string, newParentId: string | null): boolean {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  let current: string | null = newParentId;
  const seen = new Set<string>();
  while (current !== null) {
    if (current === unitId) return true;
    if (seen.has(current)) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}

export type UnitTreeNode<T extends UnitNode> = T & { children: UnitTreeNode<T>[] };

/** Builds the tree from a flat list; children keep the list's order. Orphans become roots. */
export function buildUnitTree<T extends UnitNode>(units: readonly T[]): UnitTreeNode<T>[] {
  const nodes = new Map<string, UnitTreeNode<T>>(units.map((u) => [u.id, { ...u, children: [] }]));
  const roots: UnitTreeNode<T>[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.id);
    if (!node) continue;
    const parent = unit.parentId === null ? undefined : nodes.get(unit.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
