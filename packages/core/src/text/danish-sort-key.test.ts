import { describe, expect, it } from 'vitest';
import { danishSortKeyOf } from './danish-sort-key.js';

describe('danishSortKeyOf', () => {
  it('orders names as Intl.Collator("da") does', () => {
    const names = ['Åbenrå Data', 'Zealand IT', 'Ørsted', 'Æble ApS', 'aarhus soft', 'KMD', 'atea', 'Økonomi A/S'];
    const byKey = [...names].sort((a, b) => (danishSortKeyOf(a) < danishSortKeyOf(b) ? -1 : 1));
    const byCollator = [...names].sort(new Intl.Collator('da').compare);
    expect(byKey).toEqual(byCollator);
  });

  it('ignores case', () => {
    expect(danishSortKeyOf('KMD A/S')).toBe(danishSortKeyOf('kmd a/s'));
  });
});
