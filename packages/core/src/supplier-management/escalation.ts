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

/** A level of a collaboration organisation as the next step is found from it (position 0 is the top). */
export type StepLevel = {
  id: string;
  name: string;
  position: number;
  escalationDays: number | null;
  escalationBodyId: string | null;
};

/** Where an issue goes one step up: the level above, or from the top level the governance body it names. */
export type NextStep = { kind: 'level'; levelId: string; name: string } | { kind: 'body'; bodyId: string };

/**
 * The next step up from `fromLevelId` in a collaboration organisation: the level just above it, or, from the top
 * level, the governance body the top level escalates to; null when there is none (the top level names no body, or
 * the level is not among `levels`).
 */
export function nextEscalationStep(levels: readonly StepLevel[], fromLevelId: string): NextStep | null {
  const ordered = [...levels].sort((a, b) => a.position - b.position);
  const index = ordered.findIndex((l) => l.id === fromLevelId);
  if (index < 0) return null;
  const above = ordered[index - 1];
  if (above) return { kind: 'level', levelId: above.id, name: above.name };
  const top = ordered[index] as StepLevel;
  return top.escalationBodyId ? { kind: 'body', bodyId: top.escalationBodyId } : null;
}

/** The latest day an issue raised on `raisedOn` at a level with `days` to escalate is dealt with one step up. */
export function escalationDueOn(raisedOn: CalendarDate, days: number | null): CalendarDate | null {
  return days === null ? null : addDays(raisedOn, days);
}
