import { kronerToOre, type Ore } from '../money/ore.js';
import { addRatio, compareRatio, RATIO_ONE, type Ratio, ratio, ratioFromDecimal } from '../money/ratio.js';
import { type CalendarDate, EARLIEST_DATE, isCalendarDate, isDateInRange, LATEST_DATE } from '../time/calendar-date.js';
import { formatDanishDate } from '../time/danish-date.js';
import type { Invoicing, Proration } from './billing.js';
import {
  type CostModelDescription,
  type CostProjectDescription,
  CostProjectDescription as CostProjectSchema,
  type DescriptionPath,
  type DescriptionProblem,
  jsonPath,
  modelStructureProblems,
  structureProblems,
} from './description.js';
import type { PerInhabitantRate } from './per-inhabitant.js';

/**
 * A cost-sharing project as the planner reads it: a joint organisation's project, its pricing model, its
 * period and its member municipalities with their populations. The JSON form (`CostProjectDescription`, a TypeBox
 * schema in description.ts; amounts in kroner as decimal text) is documented in docs/cost-sharing.md;
 * `costProjectProblems` checks its structure by the schema and then the meaning rules, `readCostProject` gives every
 * problem with its place in the document, and `costProjectOf` converts a description known to be sound.
 */
export type CostProject = {
  name: string;
  /** The repayment (or cost) period, both days inclusive; it ends on the same day for every member. */
  period: { start: CalendarDate; end: CalendarDate };
  invoicing: Invoicing;
  proration: Proration;
  /** Month and day ("01-01") in the invoicing year whose population prices the year. */
  populationDate: string;
  /** Pilot municipalities pay nothing for this many months from their availability date (KOMBIT: 2). */
  pilotFreeMonths: number;
  /** Leaving before the period ends costs what the member would have paid from its exit to the end. */
  exitPayment: boolean;
  model: CostModel;
  /** The business case's costs for the whole period: billing above them is a surplus (no profit is allowed). */
  businessCaseCosts: Ore | null;
  /** Ordered by municipality code. */
  members: CostMember[];
};

export type PopulationFigure = { date: CalendarDate; population: number };

export type CostMember = {
  /** Its place in the description's list of members (from 0), to name a problem found while planning. */
  at: number;
  code: string;
  name: string;
  /** The day the system is made available to the member; payment starts then (later for a pilot). */
  availableFrom: CalendarDate;
  wave: string | null;
  pilot: boolean;
  /** The first day the member is no longer part of the project, or null. */
  exitOn: CalendarDate | null;
  /** Ordered by date. */
  populations: PopulationFigure[];
};

export type ShareSplit =
  | { kind: 'percent'; percents: ReadonlyMap<string, Ratio> }
  | { kind: 'equal' }
  | { kind: 'weights'; weights: ReadonlyMap<string, Ratio> };

export type UsageItem = { name: string; unitPrice: Ratio; usage: ReadonlyMap<string, ReadonlyMap<number, number>> };

/** The cost models a project can use, declared once (the API's union, the database column, the web form). */
export const COST_MODEL_KINDS = ['per_inhabitant', 'fee_per_inhabitant', 'buffet', 'shares'] as const;

/** The models that price by inhabitants (a rate per inhabitant): exit payments and population bases apply. */
export const PER_INHABITANT_MODEL_KINDS = [
  'per_inhabitant',
  'fee_per_inhabitant',
] as const satisfies readonly (typeof COST_MODEL_KINDS)[number][];

export type CostModel =
  | ({ kind: 'per_inhabitant' } & PerInhabitantRate)
  | { kind: 'fee_per_inhabitant'; rate: Ratio }
  | {
      kind: 'buffet';
      years: ReadonlyMap<number, { expectedCosts: Ore; settlement: { year: number; actualCosts: Ore; billed: Ore } | null }>;
      outside: UsageItem[];
    }
  | { kind: 'shares'; years: ReadonlyMap<number, Ore>; split: ShareSplit };

export type CostModelKind = (typeof COST_MODEL_KINDS)[number];
/** The compiler keeps the list and the model's kinds the same. */
type SameKinds = [CostModelKind] extends [CostModel['kind']]
  ? [CostModel['kind']] extends [CostModelKind]
    ? true
    : never
  : never;
const sameKinds: SameKinds = true;
void sameKinds;

export type CostProjectProblem = { path: string; message: string };

export class CostProjectError extends Error {
  constructor(readonly problems: CostProjectProblem[]) {
    super(`Projektbeskrivelsen har ${problems.length} fejl:\n${problems.map((p) => `- ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'CostProjectError';
  }
}

/** Checks a project description (parsed JSON) and returns it in exact values, or throws every problem found (`$.model.rate`). */
export function readCostProject(input: unknown): CostProject {
  const problems = costProjectProblems(input);
  if (problems.length > 0) throw new CostProjectError(problems.map((p) => ({ path: jsonPath(p.at), message: p.message })));
  return costProjectOf(input as CostProjectDescription);
}

/** Every problem of a description: its structure (description.ts), then the meaning rules of what is well formed. */
export function costProjectProblems(input: unknown): DescriptionProblem[] {
  const problems = structureProblems(CostProjectSchema, input);
  if (typeof input === 'object' && input !== null && !Array.isArray(input) && 'model' in input) {
    problems.push(...modelStructureProblems((input as { model: unknown }).model, ['model']));
  }
  if (problems.some((p) => p.at.length === 0)) return problems;
  return [...problems, ...meaningProblems(input as CostProjectDescription, problems)];
}

const samePrefix = (a: DescriptionPath, b: DescriptionPath) => a.every((s, i) => b[i] === s);

/**
 * The meaning rules: what the schema cannot say. Each rule looks only at values that are well formed (no structural
 * problem at or above them), so every problem is found in one pass.
 */
function meaningProblems(d: CostProjectDescription, structural: readonly DescriptionProblem[]): DescriptionProblem[] {
  const problems: DescriptionProblem[] = [];
  const problem = (at: DescriptionPath, message: string): null => {
    problems.push({ at, message });
    return null;
  };
  const sound = (...at: (string | number)[]) => !structural.some((p) => samePrefix(p.at, at) || samePrefix(at, p.at));
  const date = (value: unknown, at: (string | number)[]): CalendarDate | null => {
    if (typeof value !== 'string' || !sound(...at)) return null;
    if (!isCalendarDate(value)) return problem(at, 'skal være en dato (ÅÅÅÅ-MM-DD)');
    if (!isDateInRange(value)) {
      problem(at, `skal ligge mellem ${formatDanishDate(EARLIEST_DATE)} og ${formatDanishDate(LATEST_DATE)}`);
      return null;
    }
    return value;
  };
  const decimal = (value: unknown, at: (string | number)[]): Ratio | null => {
    if (value === undefined || value === null || !sound(...at)) return null;
    const text = decimalText(value);
    if (text === null) return problem(at, 'skal være et decimaltal som tekst, fx "12.37"');
    return ratioFromDecimal(text);
  };
  const kroner = (value: unknown, at: (string | number)[]) => {
    const exact = decimal(value, at);
    if (exact && (String(value).trim().split(/[.,]/)[1]?.length ?? 0) > 2) problem(at, 'et beløb har højst to decimaler (øre)');
  };
  const price = (value: unknown, at: (string | number)[]) => {
    const exact = decimal(value, at);
    if (exact && exact.n < 0n) problem(at, 'må ikke være negativ');
  };

  const start = date(d.period?.start, ['period', 'start']);
  const end = date(d.period?.end, ['period', 'end']);
  if (start && end && start > end) problem(['period'], 'start ligger efter end');
  if (typeof d.populationDate === 'string' && sound('populationDate') && !isCalendarDate(`2024-${d.populationDate}`)) {
    problem(['populationDate'], 'skal være måned og dag som "01-01"');
  }
  const members = Array.isArray(d.members) ? d.members : [];
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (typeof m !== 'object' || m === null) return;
    const code = typeof m.code === 'string' && sound('members', i, 'code') ? m.code.trim() : null;
    if (code && seen.has(code)) problem(['members', i, 'code'], `kommunekode ${code} står to gange`);
    if (code) seen.add(code);
    const availableFrom = date(m.availableFrom, ['members', i, 'availableFrom']);
    const exitOn = m.exitOn === undefined || m.exitOn === null ? null : date(m.exitOn, ['members', i, 'exitOn']);
    if (availableFrom && exitOn && exitOn <= availableFrom) {
      problem(['members', i, 'exitOn'], 'ligger før systemet blev stillet til rådighed');
    }
    if (!Array.isArray(m.populations) || !sound('members', i, 'populations')) return;
    const dates = m.populations.map((f, k) => date(f.date, ['members', i, 'populations', k, 'date']));
    const sorted = dates.filter((x): x is CalendarDate => x !== null).sort();
    for (let k = 1; k < sorted.length; k++) {
      if (sorted[k] === sorted[k - 1]) problem(['members', i, 'populations'], `to tal for ${sorted[k]}`);
    }
  });
  const codes = new Set(members.map((m) => (typeof m?.code === 'string' ? m.code.trim() : '')));

  const model = d.model;
  if (typeof model === 'object' && model !== null && !structural.some((p) => samePrefix(p.at, ['model', 'kind']))) {
    switch (model.kind) {
      case 'per_inhabitant': {
        price(model.rate, ['model', 'rate']);
        const factor = model.kink ? decimal(model.kink.factor, ['model', 'kink', 'factor']) : null;
        // Above 1 the price would jump at the threshold's far side only in slope, but "knæk" is a discount.
        if (factor && (factor.n < 0n || compareRatio(factor, RATIO_ONE) > 0)) {
          problem(['model', 'kink', 'factor'], 'skal ligge mellem 0 og 1 (en rabat)');
        }
        break;
      }
      case 'fee_per_inhabitant':
        price(model.rate, ['model', 'rate']);
        break;
      case 'buffet': {
        const years = new Set<number>();
        (Array.isArray(model.years) ? model.years : []).forEach((y, i) => {
          if (!sound('model', 'years', i)) return;
          kroner(y.expectedCosts, ['model', 'years', i, 'expectedCosts']);
          if (y.settlement) {
            kroner(y.settlement.actualCosts, ['model', 'years', i, 'settlement', 'actualCosts']);
            kroner(y.settlement.billed, ['model', 'years', i, 'settlement', 'billed']);
            if (y.settlement.year >= y.year)
              problem(['model', 'years', i, 'settlement', 'year'], 'skal være et afsluttet år før året');
          }
          if (years.has(y.year)) problem(['model', 'years', i, 'year'], `${y.year} står to gange`);
          years.add(y.year);
        });
        (Array.isArray(model.outside) ? model.outside : []).forEach((item, i) => {
          if (!sound('model', 'outside', i)) return;
          price(item.unitPrice, ['model', 'outside', i, 'unitPrice']);
          for (const [code, byYear] of Object.entries(item.usage)) {
            if (!codes.has(code)) problem(['model', 'outside', i, 'usage', code], 'er ikke medlem af projektet');
            for (const year of Object.keys(byYear)) {
              if (!/^\d{4}$/.test(year)) {
                problem(['model', 'outside', i, 'usage', code, year], 'skal være et år med et helt, ikke-negativt antal');
              }
            }
          }
        });
        break;
      }
      case 'shares': {
        const years = new Set<number>();
        (Array.isArray(model.years) ? model.years : []).forEach((y, i) => {
          if (!sound('model', 'years', i)) return;
          kroner(y.costs, ['model', 'years', i, 'costs']);
          if (years.has(y.year)) problem(['model', 'years', i, 'year'], `${y.year} står to gange`);
          years.add(y.year);
        });
        const split = model.split;
        if (!split || split.kind === 'equal' || !sound('model', 'split')) break;
        const field = split.kind === 'percent' ? 'percents' : 'weights';
        const values: Record<string, unknown> = split.kind === 'percent' ? split.percents : split.weights;
        let sum: Ratio | null = ratio(0);
        for (const code of [...codes].filter(Boolean).sort()) {
          const at = ['model', 'split', field, code];
          const value =
            values[code] === undefined ? problem(at, 'skal være et decimaltal som tekst, fx "12.37"') : decimal(values[code], at);
          if (value && value.n < 0n) problem(at, 'må ikke være negativ');
          sum = value && sum && value.n >= 0n ? addRatio(sum, value) : null;
        }
        for (const code of Object.keys(values)) {
          if (!codes.has(code)) problem(['model', 'split', field, code], 'er ikke medlem af projektet');
        }
        if (split.kind === 'percent' && sum && compareRatio(sum, ratio(100)) !== 0) {
          problem(['model', 'split', 'percents'], 'andelene skal give 100 % tilsammen');
        }
        break;
      }
    }
  }
  const perInhabitant = (PER_INHABITANT_MODEL_KINDS as readonly string[]).includes(model?.kind);
  if (d.exitPayment === true && typeof model?.kind === 'string' && !perInhabitant && sound('model', 'kind')) {
    problem(['exitPayment'], 'udtrædelsesbetaling kan kun beregnes for priser pr. indbygger');
  }
  if (d.businessCase) kroner(d.businessCase.costs, ['businessCase', 'costs']);
  return problems;
}

/** A decimal as its text (a JSON number as JavaScript writes it), or null if it is none. */
function decimalText(value: unknown): string | null {
  const text = typeof value === 'number' ? String(value) : value;
  return typeof text === 'string' && /^[+-]?\d+(?:[.,]\d+)?$/.test(text.trim()) ? text.trim() : null;
}

const exact = (value: string | number) => ratioFromDecimal(decimalText(value) ?? '0');
/** A price in kroner that may have more decimals than øre (a price per inhabitant or per unit), in øre. */
const exactOre = (value: string | number): Ratio => {
  const r = exact(value);
  return ratio(r.n * 100n, r.d);
};
const ore = (value: string | number): Ore => kronerToOre(decimalText(value) ?? '0');
const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * A description that is known to be sound (checked when it was entered) in exact values: no check, only the
 * conversion (texts trimmed, kroner to øre, members by code, populations by date, the defaults filled in).
 */
export function costProjectOf(d: CostProjectDescription): CostProject {
  const model = costModelOf(
    d.model,
    d.members.map((m) => m.code.trim()),
  );
  const perInhabitant = (PER_INHABITANT_MODEL_KINDS as readonly string[]).includes(model.kind);
  return {
    name: d.name.trim(),
    period: { start: d.period.start, end: d.period.end },
    invoicing: d.invoicing ?? 'kombit',
    proration: d.proration ?? 'days',
    populationDate: d.populationDate ?? '01-01',
    pilotFreeMonths: d.pilotFreeMonths ?? 2,
    exitPayment: d.exitPayment ?? perInhabitant,
    model,
    businessCaseCosts: d.businessCase ? ore(d.businessCase.costs) : null,
    members: d.members
      .map((m, at) => ({
        at,
        code: m.code.trim(),
        name: m.name.trim(),
        availableFrom: m.availableFrom,
        wave: m.wave === undefined || m.wave === null ? null : String(m.wave),
        pilot: m.pilot ?? false,
        exitOn: m.exitOn ?? null,
        populations: m.populations
          .map((f) => ({ date: f.date, population: f.population }))
          .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
      }))
      .sort(byCode),
  };
}

function costModelOf(model: CostModelDescription, codes: readonly string[]): CostModel {
  switch (model.kind) {
    case 'per_inhabitant': {
      const kink = model.kink ? { threshold: model.kink.threshold, factor: exact(model.kink.factor) } : null;
      return { kind: 'per_inhabitant', rate: exactOre(model.rate), kink };
    }
    case 'fee_per_inhabitant':
      return { kind: 'fee_per_inhabitant', rate: exactOre(model.rate) };
    case 'buffet':
      return {
        kind: 'buffet',
        years: new Map(
          model.years.map((y) => [
            y.year,
            {
              expectedCosts: ore(y.expectedCosts),
              settlement: y.settlement
                ? { year: y.settlement.year, actualCosts: ore(y.settlement.actualCosts), billed: ore(y.settlement.billed) }
                : null,
            },
          ]),
        ),
        outside: (model.outside ?? []).map((item) => ({
          name: item.name.trim(),
          unitPrice: exactOre(item.unitPrice),
          usage: new Map(
            Object.entries(item.usage).map(([code, byYear]) => [
              code,
              new Map(Object.entries(byYear).map(([year, count]) => [Number(year), count])),
            ]),
          ),
        })),
      };
    case 'shares': {
      const years = new Map(model.years.map((y) => [y.year, ore(y.costs)]));
      const split = model.split;
      if (split.kind === 'equal') return { kind: 'shares', years, split: { kind: 'equal' } };
      const values = (split.kind === 'percent' ? split.percents : split.weights) as Record<string, string | number>;
      const map = new Map<string, Ratio>();
      for (const code of [...codes].sort()) {
        const value = values[code];
        if (value !== undefined) map.set(code, exact(value));
      }
      return split.kind === 'percent'
        ? { kind: 'shares', years, split: { kind: 'percent', percents: map } }
        : { kind: 'shares', years, split: { kind: 'weights', weights: map } };
    }
  }
}
