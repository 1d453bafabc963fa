import { describe, expect, it } from 'vitest';
import { mirrorParticipants } from './collaboration.js';

const p = (name: string, role: string | null) => ({ name, role });

describe('mirrorParticipants', () => {
  it.each([
    {
      given: 'the same roles on both sides, in another order',
      ours: [p('Anne', 'Kontraktansvarlig'), p('Bo', 'Systemejer')],
      theirs: [p('Carl', 'systemejer'), p('Dorte', 'kontraktansvarlig')],
      expected: [
        ['Anne', 'Dorte'],
        ['Bo', 'Carl'],
      ],
    },
    {
      given: 'roles without a counterpart',
      ours: [p('Anne', 'Kontraktansvarlig'), p('Bo', null), p('Eva', 'Jurist')],
      theirs: [p('Carl', 'Kundeansvarlig'), p('Dorte', 'Kontraktansvarlig')],
      expected: [
        ['Anne', 'Dorte'],
        ['Bo', 'Carl'],
        ['Eva', null],
      ],
    },
    { given: 'no contacts of theirs', ours: [p('Anne', 'X')], theirs: [], expected: [['Anne', null]] },
    { given: 'no people of ours', ours: [], theirs: [p('Carl', 'X')], expected: [[null, 'Carl']] },
    {
      given: 'two of theirs with the role one of ours has',
      ours: [p('Anne', 'Driftsansvarlig')],
      theirs: [p('Carl', 'Driftsansvarlig'), p('Dorte', 'Driftsansvarlig')],
      expected: [
        ['Anne', 'Carl'],
        [null, 'Dorte'],
      ],
    },
  ])('given $given, the rows pair them by role', ({ ours, theirs, expected }) => {
    expect(mirrorParticipants(ours, theirs).map((r) => [r.ours?.name ?? null, r.theirs?.name ?? null])).toEqual(expected);
  });
});
