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

  it('given an activity marked done, then the person who did it is listed once (by the id, shown by name)', () => {
    const changes = {
      status: { before: 'open', after: 'done' },
      doneByUserId: { before: null, after: '0b9c6f2e-5d7a-4c1e-9f3b-2a8d4e6c1b7f' },
      doneByName: { before: null, after: 'Eva Ebbesen' },
    };
    expect(Object.keys(withoutEchoes(changes))).toEqual(['status', 'doneByUserId']);
    expect(Object.keys(withoutEchoes({ doneByName: changes.doneByName }))).toEqual(['doneByName']);
  });
});
