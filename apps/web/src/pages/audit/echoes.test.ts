import { describe, expect, it } from 'vitest';
import { withoutEchoes } from './echoes.ts';

describe('withoutEchoes', () => {
  it('given an anchor that moved with the due day, then the due day is listed once', () => {
    const changes = {
      dueOn: { before: '2027-09-30', after: '2028-09-30' },
      anchorOn: { before: '2027-09-30', after: '2028-09-30' },
    };
    expect(Object.keys(withoutEchoes(changes))).toEqual(['dueOn']);
  });

  it('given a recurring activity whose start moved on its own, then both are listed', () => {
    const changes = {
      dueOn: { before: '2027-03-31', after: '2027-06-30' },
      anchorOn: { before: '2027-01-31', after: '2027-03-31' },
    };
    expect(Object.keys(withoutEchoes(changes))).toEqual(['dueOn', 'anchorOn']);
    expect(Object.keys(withoutEchoes({ anchorOn: changes.anchorOn }))).toEqual(['anchorOn']);
  });
});
