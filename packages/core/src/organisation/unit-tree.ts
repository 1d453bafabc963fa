export type UnitNode = { id: string; parentId: string | null; name: string };

export type UnitTreeNode<T extends UnitNode> = { unit: T; children: UnitTreeNode<T>[] };

/** A unit and every unit below it, by id. */
export function unitAndDescendants(units: readonly UnitNode[], unitId: string): Set<string> {
  const childrenOf = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId !== null) childrenOf.set(u.parentId, [...(childrenOf.get(u.parentId) ?? []), u.id]);
  }
  const ids = new Set<string>();
  const pending = [unitId];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (ids.has(id)) continue;
    ids.add(id);
    pending.push(...(childrenOf.get(id) ?? []));
  }
  return ids;
}

/**
 * Whether giving `unitId` the parent `newParentId` would make the unit its own ancestor.
 * Units form a tree (forvaltning → center → afdeling); a cycle would make it a loop.
 */
export function wouldCreateCycle(units: readonly UnitNode[], unitId: string, newParentId: string | null): boolean {
  return newParentId !== null && unitAndDescendants(units, unitId).has(newParentId);
}

const danishByName = (a: UnitNode, b: UnitNode) => a.name.localeCompare(b.name, 'da');

/** The flat list as a tree, siblings in Danish alphabetical order; a unit whose parent is missing becomes a root. */
export function buildUnitTree<T extends UnitNode>(units: readonly T[]): UnitTreeNode<T>[] {
  const nodes = new Map(units.map((unit) => [unit.id, { unit, children: [] as UnitTreeNode<T>[] }]));
  const roots: UnitTreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId === null ? undefined : nodes.get(node.unit.parentId);
    (parent && parent !== node ? parent.children : roots).push(node);
  }
  const sort = (list: UnitTreeNode<T>[]) => {
    list.sort((a, b) => danishByName(a.unit, b.unit));
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}

/** Depth-first list of units with their depth, the order a parent picker shows them in. */
export function flattenUnitTree<T extends UnitNode>(
  tree: readonly UnitTreeNode<T>[],
  depth = 0,
): Array<{ unit: T; depth: number }> {
  return tree.flatMap((node) => [{ unit: node.unit, depth }, ...flattenUnitTree(node.children, depth + 1)]);
}
