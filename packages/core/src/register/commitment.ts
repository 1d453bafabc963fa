import type { Ore } from '../money/ore.js';
import type { CalendarDate } from '../time/calendar-date.js';
import { daysBetween } from '../time/calendar-math.js';

/**
 * What is left to pay on a contract from `today` through its last day `endsOn`, from its expected annual
 * cost: annual × remaining days ÷ 365, rounded half away from zero to the øre. Today counts as a remaining
 * day; a contract that has ended has nothing left. (A year is taken as 365 days for this estimate; invoices
 * are checked against their own periods elsewhere.)
 */
export function remainingCommitment(annual: Ore, today: CalendarDate, endsOn: CalendarDate): Ore {
  const days = daysBetween(today, endsOn) + 1;
  if (days <= 0) return 0n;
  return divideRounded(annual * BigInt(days), 365n);
}

/** Integer division rounded half away from zero. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (2n * d);
  return negative ? -q : q;
}
