import { describe, expect, it } from 'vitest';
import { jsonPath, jsonPointer, modelStructureProblems } from './description.js';
import { costProjectProblems } from './project.js';
import { member, project } from './test-projects.js';

describe('cost-project description: places of problems', () => {
  it('given a place, then it is written as the CLI writes it and as a JSON pointer', () => {
    expect(jsonPath(['members', 2, 'code'])).toBe('$.members[2].code');
    expect(jsonPointer(['members', 2, 'code'])).toBe('/members/2/code');
    expect(jsonPointer(['model', 'split', 'percents', '101'])).toBe('/model/split/percents/101');
    expect(jsonPath([])).toBe('$');
  });

  it('given a model of an unknown kind, then only its kind is a problem', () => {
    expect(modelStructureProblems({ kind: 'flat_fee', rate: '10' }, ['model'])).toEqual([
      { at: ['model', 'kind'], message: 'skal være en af "per_inhabitant", "fee_per_inhabitant", "buffet", "shares"' },
    ]);
  });

  it('given structure and meaning problems at once, then each is found once with its Danish text', () => {
    const problems = costProjectProblems(
      project({
        period: { start: '2027-01-01', end: '2026-12-31' },
        model: { kind: 'per_inhabitant', rate: 'femogtyve', kink: { threshold: 150_000, factor: '1.5' } },
        members: [member('101', 1), member('101', 2, { pilot: 'ja' })],
      }),
    );
    expect(problems.map((p) => jsonPointer(p.at))).toEqual([
      '/members/1/pilot',
      '/model/rate',
      '/period',
      '/members/1/code',
      '/model/kink/factor',
    ]);
    expect(problems.find((p) => jsonPointer(p.at) === '/model/rate')?.message).toContain('decimaltal');
  });
});
