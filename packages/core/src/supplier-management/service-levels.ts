import type { PriceRecurrence } from '../invoices/control-types.js';
import { monthsCovered, monthsPerRecurrence } from '../invoices/expected-cost.js';
import type { Ore } from '../money/ore.js';
import {
  addRatio,
  compareRatio,
  divideRatio,
  minRatio,
  multiplyRatio,
  RATIO_ZERO,
  type Ratio,
  ratio,
  ratioFromDecimal,
  ratioToOre,
  subtractRatio,
} from '../money/ratio.js';
import type { CalendarDate } from '../time/calendar-date.js';

/**
 * Service levels and penalties (issue 19, part 2 of supplier management): whether a measured value breaches its
 * target, by how much, the operations fee a percentage applies to for the measured period, and the penalty (bod).
 * Everything is exact: the targets and measurements are decimal texts read as fractions (99.5 − 99.3 is 0.2, not
 * 0.2000000000000028), amounts are fractions of øre, and the penalty is rounded once, at the end, to whole øre with
 * halves away from zero. The rules, with examples, are in docs/supplier-management.md.
 */

/** How a target is met: a value at least the target (availability), or at most the target (response time). */
export const SLA_COMPARISONS = ['at_least', 'at_most'] as const;
export type SlaComparison = (typeof SLA_COMPARISONS)[number];

/** How far a measured value falls short of its target (0 when the target is met); decimal texts, exact. */
export function shortfall(target: string, measured: string, comparison: SlaComparison): Ratio {
  const t = ratioFromDecimal(target);
  const m = ratioFromDecimal(measured);
  const gap = comparison === 'at_least' ? subtractRatio(t, m) : subtractRatio(m, t);
  return compareRatio(gap, RATIO_ZERO) > 0 ? gap : RATIO_ZERO;
}

/** A contract's penalty rule for one service level. */
export type PenaltyRule =
  | {
      /** A percentage of the period's operations fee per started step below the target, capped per period. */
      kind: 'percent_per_step';
      /** Per cent of the fee per step, e.g. "5" (decimal text). */
      percentPerStep: string;
      /** The step of the shortfall, in the target's unit, e.g. "0.1" (percentage points). */
      step: string;
      /** The most the penalty can be in a period, in per cent of the fee; null for no cap. */
      capPercent: string | null;
    }
  | {
      /** A fixed amount for a period with a breach, capped per period. */
      kind: 'fixed_per_breach';
      amount: Ore;
      cap: Ore | null;
    };

/** A recurring operations price element: its amount per recurrence period (øre, exact) and its recurrence. */
export type FeeElement = { name: string; amount: Ratio; recurrence: PriceRecurrence };

export type PeriodFee = {
  /** The fee for the period, in øre, exact. */
  total: Ratio;
  parts: Array<{ name: string; amount: Ratio; recurrenceMonths: number; periodMonths: Ratio }>;
};

/**
 * The operations fee for a measured period: each recurring element's amount × the period's months ÷ the months its
 * amount covers (`monthsCovered`: whole calendar months count 1, part of a month its days ÷ the month's days). A
 * monthly period takes a third of a quarterly element; 1–14 February 2024 takes 14/29 of a monthly one. One-off
 * elements are not an operations fee and are left out.
 */
export function periodFee(elements: readonly FeeElement[], from: CalendarDate, to: CalendarDate): PeriodFee {
  const periodMonths = monthsCovered(from, to);
  const parts: PeriodFee['parts'] = [];
  let total = RATIO_ZERO;
  for (const e of elements) {
    const months = monthsPerRecurrence(e.recurrence);
    if (months === null) continue;
    const amount = multiplyRatio(e.amount, divideRatio(periodMonths, ratio(months)));
    parts.push({ name: e.name, amount, recurrenceMonths: months, periodMonths });
    total = addRatio(total, amount);
  }
  return { total, parts };
}

export type Penalty = {
  /** Steps started below the target (percentage rules); null for a fixed amount. */
  steps: number | null;
  /** The penalty before the cap, exact (øre). */
  uncapped: Ratio;
  capped: boolean;
  /** The penalty, rounded once to whole øre (halves away from zero); 0 when the target is met. */
  amount: Ore;
};

/** The number of steps started: ⌈shortfall ÷ step⌉ (a shortfall of 0.05 with a step of 0.1 is one step). */
export function stepsStarted(gap: Ratio, step: string): number {
  const s = ratioFromDecimal(step);
  if (compareRatio(s, RATIO_ZERO) <= 0) throw new RangeError('A step must be above zero');
  if (compareRatio(gap, RATIO_ZERO) <= 0) return 0;
  const q = divideRatio(gap, s);
  return Number((q.n + q.d - 1n) / q.d);
}

/** The penalty for a period with `gap` below the target (see `shortfall`) and the period's operations fee. */
export function penaltyFor(rule: PenaltyRule, gap: Ratio, fee: Ratio): Penalty {
  if (compareRatio(gap, RATIO_ZERO) <= 0) {
    return { steps: rule.kind === 'percent_per_step' ? 0 : null, uncapped: RATIO_ZERO, capped: false, amount: 0n };
  }
  if (rule.kind === 'fixed_per_breach') {
    const uncapped = ratio(rule.amount);
    const capped = rule.cap !== null && rule.cap < rule.amount;
    return { steps: null, uncapped, capped, amount: capped ? (rule.cap as Ore) : rule.amount };
  }
  const steps = stepsStarted(gap, rule.step);
  const percent = multiplyRatio(ratioFromDecimal(rule.percentPerStep), ratio(steps));
  const uncapped = multiplyRatio(fee, divideRatio(percent, ratio(100)));
  const cap = rule.capPercent === null ? null : multiplyRatio(fee, divideRatio(ratioFromDecimal(rule.capPercent), ratio(100)));
  const capped = cap !== null && compareRatio(cap, uncapped) < 0;
  return { steps, uncapped, capped, amount: ratioToOre(capped && cap ? minRatio(cap, uncapped) : uncapped) };
}
