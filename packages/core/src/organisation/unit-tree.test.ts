import { describe, expect, it } from 'vitest';
import { buildUnitTree, flattenUnitTree, unitAndDescendants, wouldCreateCycle } from './unit-tree.js';

const unit = (id: string, name: string, parentId: string | null = null) => ({ id, name, parentId });

describe('unit tree', () => {
  const units = [
    unit('c', 'Skoler', 'a'),
    unit('a', 'Børn og Unge'),
    unit('b', 'Økonomi'),
    unit('d', 'Dagtilbud', 'a'),
    unit('e', 'Ø', 'c'),
  ];

  it('given a flat list, when built, then children sit under their parents in Danish name order (Ø after Å and Z)', () => {
    const tree = buildUnitTree(units);
    expect(tree.map((n) => n.unit.id)).toEqual(['a', 'b']);
    expect(tree[0]?.children.map((n) => n.unit.id)).toEqual(['d', 'c']);
    expect(flattenUnitTree(tree).map((x) => `${x.depth}${x.unit.id}`)).toEqual(['0a', '1d', '1c', '2e', '0b']);
    expect(buildUnitTree([unit('z', 'Zebra'), unit('o', 'Ørsted'), unit('aa', 'Århus')]).map((n) => n.unit.name)).toEqual([
      'Zebra',
      'Ørsted',
      'Århus',
    ]);
  });

  it('given a unit whose parent is missing, then it becomes a root', () => {
    expect(buildUnitTree([unit('x', 'X', 'missing')]).map((n) => n.unit.id)).toEqual(['x']);
  });

  it('knows a unit and everything below it', () => {
    expect([...unitAndDescendants(units, 'a')].sort()).toEqual(['a', 'c', 'd', 'e']);
  });

  it('refuses making a unit its own ancestor, allows moving it elsewhere or to the top', () => {
    expect(wouldCreateCycle(units, 'a', 'e')).toBe(true);
    expect(wouldCreateCycle(units, 'c', 'c')).toBe(true);
    expect(wouldCreateCycle(units, 'e', 'b')).toBe(false);
    expect(wouldCreateCycle(units, 'c', null)).toBe(false);
  });
});
