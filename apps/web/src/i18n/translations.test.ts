import { describe, expect, it } from 'vitest';
import da from './da.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

describe('translations', () => {
  it('given the Danish and English files, then both have exactly the same keys', () => {
    expect(keys(en as Tree).sort()).toEqual(keys(da as Tree).sort());
  });

  it('given any key, then neither language leaves it empty', () => {
    for (const [name, tree] of [
      ['da', da],
      ['en', en],
    ] as const) {
      const empty = keys(tree as Tree).filter((k) => k.split('.').reduce<unknown>((t, p) => (t as Tree)[p], tree) === '');
      expect(empty, name).toEqual([]);
    }
  });
});
