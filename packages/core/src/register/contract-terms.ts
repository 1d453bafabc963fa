import type { CalendarDate } from '../time/calendar-date.js';
import type { ContractStatus, Renewal, TermKind } from './contract-values.js';

/**
 * The terms of a contract that its status and end follow from. Dates are calendar dates in Denmark;
 * the rules are described in docs/register.md ("Status and end") and docs/deadlines.md.
 */
export type ContractTerms = {
  inForceFrom: CalendarDate | null;
  termKind: TermKind;
  termMonths: number | null;
  termEndsOn: CalendarDate | null;
  renewal: Renewal;
  terminationGivenOn: CalendarDate | null;
  terminationEffectiveOn: CalendarDate | null;
};

/**
 * Status on a given day, from the dates alone (never typed by hand), checked in this order:
 * 1. draft — no in-force date yet, or it lies after `today`;
 * 2. terminated — termination given and the end has passed; expired — no termination and the end has passed;
 * 3. under_termination — termination given, the end not yet passed (or not yet known);
 * 4. active — otherwise.
 * The end is `endsOn` (`contractDeadlines(…).finalEnd`); a contract is in force through its last day.
 */
export function contractStatus(
  facts: { inForceFrom: CalendarDate | null; terminationGivenOn: CalendarDate | null; endsOn: CalendarDate | null },
  today: CalendarDate,
): ContractStatus {
  if (!facts.inForceFrom || facts.inForceFrom > today) return 'draft';
  if (facts.endsOn && facts.endsOn < today) return facts.terminationGivenOn ? 'terminated' : 'expired';
  if (facts.terminationGivenOn) return 'under_termination';
  return 'active';
}

export type TermProblem = {
  field:
    | 'termMonths'
    | 'termEndsOn'
    | 'renewalMonths'
    | 'noticeMonths'
    | 'noticeEndMonth'
    | 'irrevocableUntil'
    | 'terminationEffectiveOn';
  problem: 'required' | 'date_order' | 'not_allowed';
};

export type TermFields = ContractTerms & {
  signedOn: CalendarDate | null;
  operationsStartOn: CalendarDate | null;
  irrevocableUntil: CalendarDate | null;
  noticeMonths: number | null;
  noticePeriodEnd: string | null;
  noticeEndMonth: number | null;
  renewalMonths: number | null;
};

/**
 * What is inconsistent in a contract's terms; each problem names the field to correct (the later date of a
 * pair). A contract may be signed after it takes effect (retroactive), so those two dates are not compared.
 */
export function contractTermProblems(t: TermFields): TermProblem[] {
  const problems: TermProblem[] = [];
  if (t.termKind === 'months' && t.termMonths === null) problems.push({ field: 'termMonths', problem: 'required' });
  if (t.termKind !== 'months' && t.termMonths !== null) problems.push({ field: 'termMonths', problem: 'not_allowed' });
  if (t.termKind === 'end_date' && t.termEndsOn === null) problems.push({ field: 'termEndsOn', problem: 'required' });
  if (t.termKind !== 'end_date' && t.termEndsOn !== null) problems.push({ field: 'termEndsOn', problem: 'not_allowed' });
  if (t.inForceFrom && t.termEndsOn && t.termEndsOn < t.inForceFrom)
    problems.push({ field: 'termEndsOn', problem: 'date_order' });
  if (t.inForceFrom && t.irrevocableUntil && t.irrevocableUntil < t.inForceFrom)
    problems.push({ field: 'irrevocableUntil', problem: 'date_order' });
  if (t.renewal !== 'automatic' && t.renewalMonths !== null) problems.push({ field: 'renewalMonths', problem: 'not_allowed' });
  if (t.noticePeriodEnd !== null && t.noticeMonths === null) problems.push({ field: 'noticeMonths', problem: 'required' });
  if (t.noticePeriodEnd === 'named_month' && t.noticeEndMonth === null)
    problems.push({ field: 'noticeEndMonth', problem: 'required' });
  if (t.noticePeriodEnd !== 'named_month' && t.noticeEndMonth !== null)
    problems.push({ field: 'noticeEndMonth', problem: 'not_allowed' });
  if (t.terminationEffectiveOn && !t.terminationGivenOn)
    problems.push({ field: 'terminationEffectiveOn', problem: 'not_allowed' });
  if (t.terminationGivenOn && t.terminationEffectiveOn && t.terminationEffectiveOn < t.terminationGivenOn)
    problems.push({ field: 'terminationEffectiveOn', problem: 'date_order' });
  return problems;
}
