import { describe, expect, it } from 'vitest';
import { ratio, ratioToDecimal } from '../money/ratio.js';
import { type Answer, answerProblem, roundScores } from './evaluation.js';

const a = (evaluator: string, group: string, score: number | null, weight?: number): Answer => ({
  evaluator,
  group,
  score,
  ...(weight !== undefined && { weight }),
});
const two = (r: ReturnType<typeof ratio> | null) => (r === null ? null : ratioToDecimal(r, 2));

describe('a round of evaluation', () => {
  it('Given two evaluators, then each counts once: the mean of their weighted means, with the spread', () => {
    const scores = roundScores([
      // Anna: Kvalitet 4 (weight 2) and 2 → (8 + 2) / 3 = 3.333…; Fakturering 5 → overall (8 + 2 + 5) / 4 = 3.75
      a('anna', 'kvalitet', 4, 2),
      a('anna', 'kvalitet', 2),
      a('anna', 'fakturering', 5),
      // Bo: Kvalitet 3; Fakturering not answered → overall 3
      a('bo', 'kvalitet', 3),
      a('bo', 'fakturering', null),
    ]);
    expect(scores.overall.byEvaluator.get('anna')).toEqual(ratio(15, 4));
    expect(scores.overall.score).toEqual(ratio(27, 8)); // (3.75 + 3) / 2 = 3.375
    expect(two(scores.overall.score)).toBe('3.38');
    expect(scores.overall.spread).toEqual(ratio(3, 4));
    const quality = scores.groups.get('kvalitet');
    expect(quality?.score).toEqual(ratio(19, 6)); // (10/3 + 3) / 2
    expect(two(quality?.spread ?? null)).toBe('0.33');
    const invoicing = scores.groups.get('fakturering');
    expect(invoicing?.score).toEqual(ratio(5));
    expect(invoicing?.spread).toEqual(ratio(0));
  });

  it('Given nobody answered a group, then it has no score and no spread', () => {
    const scores = roundScores([a('anna', 'oekonomi', null)]);
    expect(scores.groups.get('oekonomi')).toMatchObject({ score: null, spread: null });
    expect(scores.overall.score).toBeNull();
  });

  it('Given half weights, then they count exactly', () => {
    const scores = roundScores([a('anna', 'samarbejde', 5, 0.5), a('anna', 'samarbejde', 2, 1.5)]);
    // (2.5 + 3) / 2 = 2.75
    expect(scores.overall.score).toEqual(ratio(11, 4));
  });
});

describe('checking an answer', () => {
  it.each([
    [3, undefined, null],
    [null, undefined, null],
    [0, undefined, 'out_of_scale'],
    [6, undefined, 'out_of_scale'],
    [2.5, undefined, 'out_of_scale'],
    [4, 0, 'weight_not_positive'],
    [4, 1.5, null],
  ])('Given score %s and weight %s, the problem is %s', (score, weight, problem) => {
    expect(answerProblem(score, weight)).toBe(problem);
  });
});
