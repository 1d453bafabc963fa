import type { ContractOptionKind, NoticePeriodEnd, Renewal, TermKind } from '../register/contract-values.js';
import type { CalendarDate } from '../time/calendar-date.js';
import { daysInMonth, isDateInRange, isLeapYear, LATEST_DATE } from '../time/calendar-date.js';
import { addDays, addMonths, termEnd } from '../time/calendar-math.js';
import { DANISH_MONTHS, formatDanishDate } from '../time/danish-date.js';

/**
 * Deadlines computed from a contract's terms (issue 4). Pure functions of calendar dates; the rules, with
 * examples, are in docs/deadlines.md ("Notice, renewal and options").
 */

export type DeadlineTerms = {
  inForceFrom: CalendarDate | null;
  termKind: TermKind;
  termMonths: number | null;
  termEndsOn: CalendarDate | null;
  renewal: Renewal;
  renewalMonths: number | null;
  /** Notice cannot take effect before the end of this day (uopsigelig til). */
  irrevocableUntil: CalendarDate | null;
  noticeMonths: number | null;
  /** Notice runs to the end of a month, quarter, half-year or year, or of a given month; null: to any day. */
  noticePeriodEnd: NoticePeriodEnd | null;
  /** With `named_month`: the month (1 = January … 12 = December) whose last day notice runs to. */
  noticeEndMonth: number | null;
  /** A fixed-term contract may be terminated with notice before its term ends (opsigelse i løbetiden). */
  earlyTermination: boolean;
  terminationGivenOn: CalendarDate | null;
  terminationEffectiveOn: CalendarDate | null;
  /** Price regulation each year on this day (`MM-DD`); null: none. */
  priceRegulationDate: string | null;
};

export type DeadlineOption = {
  id: string;
  kind: ContractOptionKind;
  periods: number | null;
  periodMonths: number | null;
  exercisedPeriods: number;
  latestExerciseOn: CalendarDate | null;
  leadTimeMonths: number | null;
};

export type OptionDeadline = { optionId: string; period: number; deadline: CalendarDate; extendsTo: CalendarDate | null };

export type ContractDeadlines = {
  /** The last day of the term running on `today` (for a renewing contract, of the current renewal term); null for an ongoing contract. */
  currentTermEnd: CalendarDate | null;
  /** The last day if nothing more is done; null when the contract runs on. */
  finalEnd: CalendarDate | null;
  /** The earliest day the contract can end when notice is given today; null when it cannot be terminated by notice. */
  earliestEnd: CalendarDate | null;
  /** The last day notice can be given for `earliestEnd`; null when no notice is needed or possible. */
  latestNoticeDate: CalendarDate | null;
  /** Deadlines of the extension periods and purchase options not yet exercised, earliest first. */
  optionDeadlines: OptionDeadline[];
  /** The next price-regulation day on or after today, within the contract's life. */
  nextPriceRegulation: CalendarDate | null;
  irrevocableUntil: CalendarDate | null;
  /** How the end and notice date were found, in words a contract manager can check (Danish). */
  explanation: string[];
};

/** The last day of `month` (1–12) in `year`, as a calendar date. */
function lastDayOf(year: number, month: number): CalendarDate {
  // Padded digits of a year, month and day: a `YYYY-MM-DD` date.
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}` as CalendarDate;
}

/**
 * The first day on or after `date` that ends a notice period: the last day of the month, quarter, half-year or
 * year that contains `date`; for `named_month`, the next last day of `namedMonth` (1–12) on or after `date` (with
 * February, the 29th in a leap year); `date` itself for null. Throws RangeError for `named_month` without a
 * month from 1 to 12.
 */
export function periodEnd(date: CalendarDate, unit: NoticePeriodEnd | null, namedMonth: number | null = null): CalendarDate {
  if (unit === null) return date;
  const year = Number(date.slice(0, 4));
  if (unit === 'named_month') {
    if (namedMonth === null || !Number.isInteger(namedMonth) || namedMonth < 1 || namedMonth > 12)
      throw new RangeError(`Notice to the end of a given month needs a month from 1 to 12, not ${namedMonth}`);
    const thisYear = lastDayOf(year, namedMonth);
    return thisYear >= date ? thisYear : lastDayOf(year + 1, namedMonth);
  }
  const month = Number(date.slice(5, 7));
  const span = { month: 1, quarter: 3, half_year: 6, year: 12 }[unit];
  return lastDayOf(year, Math.ceil(month / span) * span);
}

/**
 * The last day notice can be received for the contract to end on `end` with `months` of notice: the latest
 * day D with D + `months` months on or before `end`. For a month end that is the last day of the month
 * `months` earlier (to end 31 December with 6 months' notice, notify by 30 June); otherwise the same day of
 * the month, or earlier where the month-end rule would carry D past `end` (to end 30 March with one month's
 * notice, notify by 27 February, because 28 February + 1 month is 31 March).
 */
export function latestNoticeFor(end: CalendarDate, months: number): CalendarDate {
  let day = addMonths(end, -months);
  while (addMonths(day, months) > end) day = addDays(day, -1);
  return day;
}

/**
 * The earliest end reachable by notice received on `noticeOn`: the first period end E on or after the
 * notice day with `latestNoticeFor(E) ≥ noticeOn`, and not before `notBefore` (the irrevocable period).
 */
export function earliestEndByNotice(
  noticeOn: CalendarDate,
  months: number,
  unit: NoticePeriodEnd | null,
  notBefore: CalendarDate | null,
  namedMonth: number | null = null,
): CalendarDate {
  // latestNoticeFor(E) ≥ D exactly when D + months ≤ E, so the first period end from D + months is the answer.
  const end = periodEnd(addMonths(noticeOn, months), unit, namedMonth);
  return notBefore && end < notBefore ? periodEnd(notBefore, unit, namedMonth) : end;
}

/** Length in months of the initial term; for an end date, the whole months it spans (at least 1). */
function initialMonths(t: DeadlineTerms): number | null {
  if (t.termKind === 'months') return t.termMonths;
  if (t.termKind === 'end_date' && t.inForceFrom && t.termEndsOn) {
    let months = 0;
    while (termEnd(t.inForceFrom, months + 1) <= t.termEndsOn && months < 1200) months += 1;
    return Math.max(1, months);
  }
  return null;
}

/** What the end of a fixed term depends on: the term and the extension periods exercised. */
export type TermFacts = Pick<DeadlineTerms, 'inForceFrom' | 'termKind' | 'termMonths' | 'termEndsOn'>;
export type ExercisedOption = Pick<DeadlineOption, 'kind' | 'periodMonths' | 'exercisedPeriods'>;

/** Months the exercised extension periods add: each exercised period adds its length. */
export function exercisedMonths(options: readonly ExercisedOption[]): number {
  return options.filter((o) => o.kind === 'extension').reduce((sum, o) => sum + o.exercisedPeriods * (o.periodMonths ?? 0), 0);
}

/** An end moved on by `months` whole months: the day before (end + 1 day) + months. */
function extend(end: CalendarDate, months: number): CalendarDate {
  return months === 0 ? end : addDays(addMonths(addDays(end, 1), months), -1);
}

/** The end of the initial term with the exercised extensions; null for an ongoing contract or missing dates. */
export function fixedTermEnd(t: TermFacts, options: readonly ExercisedOption[]): CalendarDate | null {
  const base =
    t.termKind === 'end_date'
      ? t.termEndsOn
      : t.termKind === 'months' && t.inForceFrom && t.termMonths
        ? termEnd(t.inForceFrom, t.termMonths)
        : null;
  return base === null ? null : extend(base, exercisedMonths(options));
}

/**
 * The ends of the terms of a renewing contract from `from` onwards: the fixed term's end, then every
 * renewal period after it (the renewal period, or the initial term's length when none is given).
 */
function* termEnds(t: DeadlineTerms, options: readonly DeadlineOption[]): Generator<CalendarDate> {
  let end = fixedTermEnd(t, options);
  if (end === null) return;
  yield end;
  if (t.renewal !== 'automatic') return;
  const period = t.renewalMonths ?? initialMonths(t) ?? 12;
  for (let i = 0; i < 2000; i++) {
    end = termEnd(addDays(end, 1), period);
    yield end;
  }
}

/** The next day on or after `today` that is the yearly price-regulation day (`MM-DD`; 29 February is 28 February in other years). */
export function nextYearly(monthDay: string, today: CalendarDate): CalendarDate {
  const [m, d] = monthDay.split('-').map(Number) as [number, number];
  const at = (year: number) => {
    const day = m === 2 && d === 29 && !isLeapYear(year) ? 28 : Math.min(d, daysInMonth(year, m));
    // Padded digits of a year, month and day: a `YYYY-MM-DD` date.
    return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CalendarDate;
  };
  const year = Number(today.slice(0, 4));
  return at(year) >= today ? at(year) : at(year + 1);
}

/** " til udgangen af et kvartal", " til udgangen af februar"; nothing for notice to any day. */
function noticeRunsTo(unit: NoticePeriodEnd | null, namedMonth: number | null): string {
  if (unit === null) return '';
  if (unit === 'named_month') return namedMonth === null ? '' : ` til udgangen af ${DANISH_MONTHS[namedMonth - 1]}`;
  return ` til udgangen af ${{ month: 'en måned', quarter: 'et kvartal', half_year: 'et halvår', year: 'et år' }[unit]}`;
}

/**
 * Every deadline of a contract on `today`:
 * - **Termination given** fixes the end: the effective day if recorded, else the earliest end the notice reached.
 * - **Ongoing** (løbende): it can end at any notice-period end that the notice reaches, never before the
 *   irrevocable date.
 * - **Fixed term with early termination**: as ongoing, but not after the current term's end.
 * - **Fixed term without it**: it ends only at a term end. Without automatic renewal it simply expires (no
 *   notice needed); with automatic renewal, notice must reach the first term end that is still reachable.
 * - **Options** extend the fixed term when exercised; each unexercised period has a deadline: its latest
 *   exercise day, or the lead time before the end it would extend.
 */
export function contractDeadlines(t: DeadlineTerms, options: readonly DeadlineOption[], today: CalendarDate): ContractDeadlines {
  const explanation: string[] = [];
  const month = t.noticeEndMonth;
  const monthKnown = month !== null && Number.isInteger(month) && month >= 1 && month <= 12;
  // Notice to a given month whose month is missing cannot be counted (the terms' checks prevent storing it).
  const noticeUnknown = t.noticePeriodEnd === 'named_month' && !monthKnown;
  if (noticeUnknown) explanation.push('Måneden, opsigelsen skal ske til udgangen af, mangler.');
  const notice = noticeUnknown ? null : t.noticeMonths;
  const namedMonth = monthKnown ? month : null;
  const noticeText = notice === null ? null : `${notice} måneders opsigelsesvarsel${noticeRunsTo(t.noticePeriodEnd, namedMonth)}`;

  // The current term: the first term end on or after today (or the last one, once all have passed).
  let currentTermEnd: CalendarDate | null = null;
  for (const end of termEnds(t, options)) {
    currentTermEnd = end;
    if (end >= today) break;
  }

  let finalEnd: CalendarDate | null;
  let earliestEnd: CalendarDate | null = null;
  let latestNoticeDate: CalendarDate | null = null;

  if (t.terminationGivenOn) {
    finalEnd =
      t.terminationEffectiveOn ??
      (notice !== null
        ? earliestEndByNotice(t.terminationGivenOn, notice, t.noticePeriodEnd, t.irrevocableUntil, namedMonth)
        : currentTermEnd);
    explanation.push(
      t.terminationEffectiveOn
        ? `Opsagt ${t.terminationGivenOn} med ophør ${t.terminationEffectiveOn}.`
        : `Opsagt ${t.terminationGivenOn}; med ${noticeText ?? 'ukendt varsel'} ophører den ${finalEnd ?? '(ukendt)'}.`,
    );
  } else if (t.termKind === 'ongoing' || t.earlyTermination) {
    finalEnd = t.termKind === 'ongoing' || t.renewal === 'automatic' ? null : fixedTermEnd(t, options);
    if (notice !== null) {
      const notBefore =
        [t.irrevocableUntil, t.inForceFrom]
          .filter((d): d is CalendarDate => d !== null)
          .sort()
          .at(-1) ?? null;
      let end = earliestEndByNotice(today, notice, t.noticePeriodEnd, notBefore, namedMonth);
      if (t.termKind !== 'ongoing' && currentTermEnd && end > currentTermEnd && t.renewal !== 'automatic') end = currentTermEnd;
      earliestEnd = end;
      latestNoticeDate = latestNoticeFor(end, notice);
      explanation.push(
        `${t.termKind === 'ongoing' ? 'Løbende kontrakt' : 'Kan opsiges i løbetiden'} med ${noticeText}` +
          `${t.irrevocableUntil ? `, uopsigelig til ${t.irrevocableUntil}` : ''}: opsiges den senest ${latestNoticeDate}, ophører den ${end}.`,
      );
    } else {
      explanation.push('Intet opsigelsesvarsel er registreret, så tidligste ophør kan ikke beregnes.');
    }
  } else if (t.renewal === 'automatic') {
    finalEnd = null;
    const n = notice ?? 0;
    for (const end of termEnds(t, options)) {
      if (latestNoticeFor(end, n) >= today && (!t.irrevocableUntil || end >= t.irrevocableUntil)) {
        earliestEnd = end;
        latestNoticeDate = latestNoticeFor(end, n);
        break;
      }
    }
    explanation.push(
      `Fornyes automatisk med ${t.renewalMonths ?? initialMonths(t) ?? 12} måneder ad gangen; den kan kun ophøre ved en periodes udløb.` +
        (earliestEnd
          ? ` Med ${noticeText ?? 'intet varsel'} skal den opsiges senest ${latestNoticeDate} for at ophøre ${earliestEnd}.`
          : ''),
    );
  } else {
    finalEnd = fixedTermEnd(t, options);
    earliestEnd = finalEnd && finalEnd >= today ? finalEnd : null;
    explanation.push(
      finalEnd
        ? `Tidsbegrænset til ${finalEnd}${exercisedMonths(options) > 0 ? ' (med udnyttede optioner)' : ''}; den udløber uden opsigelse.`
        : 'Løbetiden mangler start eller slutdato.',
    );
  }

  const optionDeadlines: OptionDeadline[] = [];
  const baseEnd = fixedTermEnd(t, options);
  for (const o of options) {
    const total = o.kind === 'extension' ? (o.periods ?? 0) : 1;
    for (let period = o.exercisedPeriods + 1; period <= total; period++) {
      const extendsFrom =
        o.kind === 'extension' && baseEnd ? extend(baseEnd, (period - 1 - o.exercisedPeriods) * (o.periodMonths ?? 0)) : baseEnd;
      const extendsTo = o.kind === 'extension' && extendsFrom ? extend(extendsFrom, o.periodMonths ?? 0) : null;
      // The first open period may have an agreed last day; any period can be due a lead time before the end it extends.
      const deadline =
        o.latestExerciseOn && period === o.exercisedPeriods + 1
          ? o.latestExerciseOn
          : extendsFrom && o.leadTimeMonths !== null
            ? latestNoticeFor(extendsFrom, o.leadTimeMonths)
            : null;
      if (deadline) optionDeadlines.push({ optionId: o.id, period, deadline, extendsTo });
    }
  }
  optionDeadlines.sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));

  let nextPriceRegulation: CalendarDate | null = null;
  if (t.priceRegulationDate && t.inForceFrom) {
    const from = t.inForceFrom > today ? t.inForceFrom : today;
    const next = nextYearly(t.priceRegulationDate, from);
    nextPriceRegulation = finalEnd && next > finalEnd ? null : next;
  }

  return withinDateRange({
    currentTermEnd: t.termKind === 'ongoing' ? null : currentTermEnd,
    finalEnd,
    earliestEnd,
    latestNoticeDate,
    optionDeadlines,
    nextPriceRegulation,
    irrevocableUntil: t.irrevocableUntil,
    explanation,
  });
}

/**
 * A computed date after `LATEST_DATE` (a long term from a late start, a renewal rolled far ahead) is shown as
 * none, and the explanation says why, so no date outside the accepted range leaves the rules.
 */
function withinDateRange(d: ContractDeadlines): ContractDeadlines {
  let beyond = false;
  const kept = (date: CalendarDate | null) => {
    if (date !== null && !isDateInRange(date)) {
      beyond = true;
      return null;
    }
    return date;
  };
  const result: ContractDeadlines = {
    currentTermEnd: kept(d.currentTermEnd),
    finalEnd: kept(d.finalEnd),
    earliestEnd: kept(d.earliestEnd),
    latestNoticeDate: kept(d.latestNoticeDate),
    optionDeadlines: d.optionDeadlines.flatMap((o) => {
      const deadline = kept(o.deadline);
      return deadline === null ? [] : [{ ...o, extendsTo: kept(o.extendsTo) }];
    }),
    nextPriceRegulation: kept(d.nextPriceRegulation),
    irrevocableUntil: d.irrevocableUntil,
    explanation: d.explanation,
  };
  if (beyond) {
    result.explanation = [
      ...d.explanation,
      `Datoer efter ${formatDanishDate(LATEST_DATE)} vises ikke: de ligger uden for det datoområde, Overblik regner i.`,
    ];
  }
  return result;
}
