import { describe, expect, it } from 'vitest';
import { buildUnitTree, wouldCreateCycle } from './unit-tree.js';

const units = [
  { id: 'root', parentId: null },
  { id: 'child', parentId: 'root' },
  { id: 'grandchild', parentId: 'child' },
];

describe('unit tree', () => {
  it('refuses making a unit its own ancestor', () => {
    expect(wouldCreateCycle(units, 'root', 'grandchild')).toBe(true);
    expect(wouldCreateCycle(units, 'child', 'child')).toBe(true);
  });
  it('allows moving a unit elsewhere or to the top', () => {
    expect(wouldCreateCycle(units, 'grandchild', 'root')).toBe(false);
    expect(wouldCreateCycle(units, 'child', null)).toBe(false);
  });
  it('builds the tree from the flat list', () => {
    const [root] = buildUnitTree(units);
    expect(root?.children[0]?.children[0]?.id).toBe('grandchild');
  });
});
