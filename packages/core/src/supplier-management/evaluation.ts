import {
  addRatio,
  compareRatio,
  divideRatio,
  multiplyRatio,
  RATIO_ZERO,
  type Ratio,
  ratio,
  subtractRatio,
} from '../money/ratio.js';

/**
 * Supplier evaluation (issue 19): how a round's answers become scores. Each answer is a whole number on the scale
 * (1–5 by default) with an optional weight per question (default 1); a question left unanswered does not count.
 * - An evaluator's score for a group (Kvalitet, Fakturering …) is the weighted mean of that evaluator's answers in
 *   the group; the evaluator's overall score is the weighted mean of all the evaluator's answers.
 * - The round's score (per group and overall) is the plain mean of the evaluators' scores, so each evaluator counts
 *   once however many questions they answered; the spread is the highest minus the lowest evaluator score.
 * All exact (fractions); shown rounded to two decimals, halves away from zero.
 */

export type Answer = { evaluator: string; group: string; score: number | null; weight?: number };

export type Aggregate = {
  /** The mean of the evaluators' scores; null when nobody answered. */
  score: Ratio | null;
  /** Highest minus lowest evaluator score; null when nobody answered. */
  spread: Ratio | null;
  /** Each evaluator's weighted mean. */
  byEvaluator: ReadonlyMap<string, Ratio>;
};

export type RoundScores = { overall: Aggregate; groups: ReadonlyMap<string, Aggregate> };

/** Checks an answer: a whole number on the scale, or null (not answered); a weight above zero. */
export function answerProblem(score: number | null, weight: number | undefined, scale = { min: 1, max: 5 }): string | null {
  if (score !== null && (!Number.isInteger(score) || score < scale.min || score > scale.max)) return 'out_of_scale';
  if (weight !== undefined && (!Number.isFinite(weight) || weight <= 0)) return 'weight_not_positive';
  return null;
}

function weightOf(a: Answer): Ratio {
  const w = a.weight ?? 1;
  // Weights are given with at most three decimals (1, 2, 0.5 …).
  return ratio(Math.round(w * 1000), 1000);
}

function aggregate(answers: readonly Answer[]): Aggregate {
  const sums = new Map<string, { weighted: Ratio; weights: Ratio }>();
  for (const a of answers) {
    if (a.score === null) continue;
    const w = weightOf(a);
    const s = sums.get(a.evaluator) ?? { weighted: RATIO_ZERO, weights: RATIO_ZERO };
    sums.set(a.evaluator, { weighted: addRatio(s.weighted, multiplyRatio(ratio(a.score), w)), weights: addRatio(s.weights, w) });
  }
  const byEvaluator = new Map<string, Ratio>();
  for (const [evaluator, s] of sums) byEvaluator.set(evaluator, divideRatio(s.weighted, s.weights));
  const scores = [...byEvaluator.values()];
  if (scores.length === 0) return { score: null, spread: null, byEvaluator };
  const mean = divideRatio(
    scores.reduce((sum, s) => addRatio(sum, s), RATIO_ZERO),
    ratio(scores.length),
  );
  const max = scores.reduce((m, s) => (compareRatio(s, m) > 0 ? s : m));
  const min = scores.reduce((m, s) => (compareRatio(s, m) < 0 ? s : m));
  return { score: mean, spread: subtractRatio(max, min), byEvaluator };
}

/** The round's scores: overall and per group, each the mean of the evaluators' weighted means, with the spread. */
export function roundScores(answers: readonly Answer[]): RoundScores {
  const groups = new Map<string, Aggregate>();
  for (const group of new Set(answers.map((a) => a.group))) {
    groups.set(group, aggregate(answers.filter((a) => a.group === group)));
  }
  return { overall: aggregate(answers), groups };
}
