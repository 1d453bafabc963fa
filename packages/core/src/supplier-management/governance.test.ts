import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../register/option-lists.js';
import { DREJEBOG_BODIES, escalationLoop, escalationsFrom, meetingsText } from './governance.js';

describe("the Drejebog's governance bodies", () => {
  it('are the six bodies with their meetings a year', () => {
    expect(DREJEBOG_BODIES.map((b) => [b.name.da, meetingsText(b.meetings?.min ?? null, b.meetings?.max ?? null)])).toEqual([
      ['Digitaliseringsudvalg', '4–6'],
      ['Porteføljeudvalg', '8–10'],
      ['Arkitekturudvalg', '8–10'],
      ['Projektstyregrupper', null],
      ['Leverandørstyringsudvalg', '8–10'],
      ['It-sikkerhedsudvalg', '4'],
    ]);
  });

  it('name only grundmodel roles, escalate only to each other, and say everything in both languages', () => {
    const roles = new Set(DEFAULT_OPTIONS.responsibility_role.map((o) => o.key));
    const keys = new Set(DREJEBOG_BODIES.map((b) => b.key));
    for (const body of DREJEBOG_BODIES) {
      for (const role of body.participantRoles) expect(roles, `${body.key}: ${role}`).toContain(role);
      if (body.escalatesTo) expect(keys).toContain(body.escalatesTo);
      for (const list of [body.inputs, body.outputs, body.responsibilities]) expect(list.da.length).toBe(list.en.length);
    }
  });

  it('escalate without a loop, as the Drejebog draws them', () => {
    const edges = DREJEBOG_BODIES.map((b) => ({ id: b.key, escalatesToId: b.escalatesTo }));
    for (const body of edges) expect(escalationLoop(edges, body.id, body.escalatesToId)).toBeNull();
    expect(escalationsFrom(edges, 'portefoeljeudvalg').map((b) => b.id)).toEqual([
      'projektstyregrupper',
      'leverandoerstyringsudvalg',
    ]);
  });
});

describe('escalationLoop', () => {
  // Given bodies A → B → C and D (escalating nowhere)
  const bodies = [
    { id: 'A', escalatesToId: 'B' },
    { id: 'B', escalatesToId: 'C' },
    { id: 'C', escalatesToId: null },
    { id: 'D', escalatesToId: null },
  ];
  it.each<[string, string, string | null, string[] | null]>([
    ['C escalates to A', 'C', 'A', ['C', 'A', 'B', 'C']],
    ['B escalates to A', 'B', 'A', ['B', 'A', 'B']],
    ['A escalates to itself', 'A', 'A', ['A', 'A']],
    ['C escalates to D', 'C', 'D', null],
    ['A escalates to C instead of B', 'A', 'C', null],
    ['B escalates nowhere', 'B', null, null],
    ['a new body escalates to A', 'new', 'A', null],
  ])('when %s, the loop is %j', (_, body, target, loop) => {
    expect(escalationLoop(bodies, body, target)).toEqual(loop);
  });
});

describe('meetingsText', () => {
  it.each<[number | null, number | null, string | null]>([
    [8, 10, '8–10'],
    [4, 4, '4'],
    [4, null, '4'],
    [null, 6, '6'],
    [null, null, null],
  ])('%s to %s meetings a year reads %j', (min, max, text) => {
    expect(meetingsText(min, max)).toBe(text);
  });
});
