import type { CalendarDate } from '../time/calendar-date.js';
import { addDays } from '../time/calendar-math.js';

/**
 * A collaboration organisation's escalation path, top level first: each level's time limit in calendar days to
 * escalate an unresolved issue one step up (from the top level: to the governance body, when one is named).
 */
export type EscalationLevel = { name: string; escalationDays: number | null };
export type EscalationPath = { levels: readonly EscalationLevel[]; bodyName: string | null };

export type EscalationStep = {
  from: string;
  to: string;
  days: number | null;
  /** The latest day the issue is escalated by; null where a step before it (or this one) has no time limit. */
  latestOn: CalendarDate | null;
};

/**
 * The escalation steps of an issue raised on `raisedOn` at level `levelIndex` (0 is the top), and the latest
 * date for each: each step's limit counts from the previous step's latest date, in calendar days (month ends and
 * leap days as the calendar has them). A step without a limit leaves it and every later step without a date.
 */
export function escalationDeadlines(raisedOn: CalendarDate, levelIndex: number, path: EscalationPath): EscalationStep[] {
  const steps: EscalationStep[] = [];
  let from: CalendarDate | null = raisedOn;
  for (let i = Math.min(levelIndex, path.levels.length - 1); i >= 0; i--) {
    const level = path.levels[i] as EscalationLevel;
    const to = i > 0 ? (path.levels[i - 1] as EscalationLevel).name : path.bodyName;
    if (to === null) break;
    const days = level.escalationDays;
    const latestOn: CalendarDate | null = from !== null && days !== null ? addDays(from, days) : null;
    steps.push({ from: level.name, to, days, latestOn });
    from = latestOn;
  }
  return steps;
}
