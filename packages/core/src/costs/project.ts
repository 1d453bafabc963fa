import { kronerToOre, type Ore } from '../money/ore.js';
import { compareRatio, RATIO_ONE, type Ratio, ratio, ratioFromDecimal } from '../money/ratio.js';
import { type CalendarDate, EARLIEST_DATE, isCalendarDate, isDateInRange, LATEST_DATE } from '../time/calendar-date.js';
import { formatDanishDate } from '../time/danish-date.js';
import type { Invoicing, Proration } from './billing.js';
import type { PerInhabitantRate } from './per-inhabitant.js';

/**
 * A cost-sharing project as the planner reads it: a joint organisation's project, its pricing model, its
 * period and its member municipalities with their populations. The JSON form (`CostProjectInput`, amounts in
 * kroner as decimal text) is documented in docs/cost-sharing.md; `readCostProject` checks it and gives every
 * problem with its place in the document.
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

type Json = Record<string, unknown>;

/** Checks a project description (parsed JSON) and returns it in exact values, or throws every problem found. */
export function readCostProject(input: unknown): CostProject {
  const problems: CostProjectProblem[] = [];
  const reader = new Reader(problems);
  const project = reader.project(input);
  if (problems.length > 0 || !project) throw new CostProjectError(problems);
  return project;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

class Reader {
  constructor(private readonly problems: CostProjectProblem[]) {}

  private problem(path: string, message: string): null {
    this.problems.push({ path, message });
    return null;
  }

  project(input: unknown): CostProject | null {
    if (!isObject(input)) return this.problem('$', 'skal være et JSON-objekt');
    const name = this.text(input, 'name', '$');
    const periodInput = input.period;
    let period: CostProject['period'] | null = null;
    if (!isObject(periodInput)) this.problem('$.period', 'mangler (start og end)');
    else {
      const start = this.date(periodInput, 'start', '$.period');
      const end = this.date(periodInput, 'end', '$.period');
      if (start && end && start > end) this.problem('$.period', 'start ligger efter end');
      else if (start && end) period = { start, end };
    }
    const invoicing = this.choice(input, 'invoicing', '$', ['kombit', 'yearly'] as const, 'kombit');
    const proration = this.choice(input, 'proration', '$', ['days', 'months'] as const, 'days');
    const populationDate = input.populationDate ?? '01-01';
    if (typeof populationDate !== 'string' || !isCalendarDate(`2024-${populationDate}`)) {
      this.problem('$.populationDate', 'skal være måned og dag som "01-01"');
    }
    const pilotFreeMonths = input.pilotFreeMonths ?? 2;
    if (!Number.isInteger(pilotFreeMonths) || (pilotFreeMonths as number) < 0)
      this.problem('$.pilotFreeMonths', 'skal være et helt antal måneder');
    const members = this.members(input.members);
    const model = this.model(input.model, members ?? []);
    const defaultExit = model?.kind === 'per_inhabitant' || model?.kind === 'fee_per_inhabitant';
    const exitPayment = input.exitPayment ?? defaultExit;
    if (typeof exitPayment !== 'boolean') this.problem('$.exitPayment', 'skal være true eller false');
    else if (exitPayment && model && !defaultExit) {
      this.problem('$.exitPayment', 'udtrædelsesbetaling kan kun beregnes for priser pr. indbygger');
    }
    let businessCaseCosts: Ore | null = null;
    if (input.businessCase !== undefined) {
      if (!isObject(input.businessCase)) this.problem('$.businessCase', 'skal være et objekt med costs');
      else businessCaseCosts = this.kroner(input.businessCase, 'costs', '$.businessCase');
    }
    if (!name || !period || !invoicing || !proration || !members || !model) return null;
    return {
      name,
      period,
      invoicing,
      proration,
      populationDate: populationDate as string,
      pilotFreeMonths: pilotFreeMonths as number,
      exitPayment: exitPayment === true,
      model,
      businessCaseCosts,
      members,
    };
  }

  private members(input: unknown): CostMember[] | null {
    if (!Array.isArray(input) || input.length === 0) return this.problem('$.members', 'skal være en liste med mindst ét medlem');
    const members: CostMember[] = [];
    const seen = new Set<string>();
    for (const [path, raw] of this.objects(input, '$.members')) {
      const code = this.text(raw, 'code', path);
      const name = this.text(raw, 'name', path);
      const availableFrom = this.date(raw, 'availableFrom', path);
      const exitOn = raw.exitOn === undefined || raw.exitOn === null ? null : this.date(raw, 'exitOn', path);
      const pilot = raw.pilot ?? false;
      if (typeof pilot !== 'boolean') this.problem(`${path}.pilot`, 'skal være true eller false');
      const wave = raw.wave === undefined || raw.wave === null ? null : String(raw.wave);
      const populations = this.populations(raw.populations, `${path}.populations`);
      if (code && seen.has(code)) this.problem(`${path}.code`, `kommunekode ${code} står to gange`);
      if (code) seen.add(code);
      if (availableFrom && exitOn && exitOn <= availableFrom)
        this.problem(`${path}.exitOn`, 'ligger før systemet blev stillet til rådighed');
      if (code && name && availableFrom && populations) {
        members.push({ code, name, availableFrom, wave, pilot: pilot === true, exitOn, populations });
      }
    }
    return members.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }

  private populations(input: unknown, path: string): PopulationFigure[] | null {
    if (!Array.isArray(input)) return this.problem(path, 'skal være en liste af { date, population }');
    const figures: PopulationFigure[] = [];
    for (const [at, raw] of this.objects(input, path)) {
      const date = this.date(raw, 'date', at);
      const population = raw.population;
      if (!Number.isInteger(population) || (population as number) < 0) {
        this.problem(`${at}.population`, 'skal være et helt, ikke-negativt antal indbyggere');
        continue;
      }
      if (date) figures.push({ date, population: population as number });
    }
    figures.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (let i = 1; i < figures.length; i++) {
      if (figures[i]?.date === figures[i - 1]?.date) this.problem(path, `to tal for ${figures[i]?.date}`);
    }
    return figures;
  }

  private model(input: unknown, members: readonly CostMember[]): CostModel | null {
    const path = '$.model';
    if (!isObject(input)) return this.problem(path, 'mangler');
    const kind = this.choice(input, 'kind', path, COST_MODEL_KINDS, null);
    switch (kind) {
      case 'per_inhabitant': {
        const rate = this.kronerRatio(input, 'rate', path);
        let kink: PerInhabitantRate['kink'] = null;
        if (input.kink !== undefined && input.kink !== null) {
          if (!isObject(input.kink)) return this.problem(`${path}.kink`, 'skal være { threshold, factor }');
          const threshold = input.kink.threshold;
          if (!Number.isInteger(threshold) || (threshold as number) < 0)
            this.problem(`${path}.kink.threshold`, 'skal være et helt antal indbyggere');
          const factor = this.decimal(input.kink, 'factor', `${path}.kink`);
          if (factor && (factor.n < 0n || compareRatio(factor, RATIO_ONE) > 0)) {
            // Above 1 the price would jump at the threshold's far side only in slope, but "knæk" is a discount.
            this.problem(`${path}.kink.factor`, 'skal ligge mellem 0 og 1 (en rabat)');
          }
          if (factor && Number.isInteger(threshold)) kink = { threshold: threshold as number, factor };
        }
        return rate ? { kind, rate, kink } : null;
      }
      case 'fee_per_inhabitant': {
        const rate = this.kronerRatio(input, 'rate', path);
        return rate ? { kind, rate } : null;
      }
      case 'buffet':
        return this.buffet(input, path, members);
      case 'shares':
        return this.shares(input, path, members);
      default:
        return null;
    }
  }

  private buffet(input: Json, path: string, members: readonly CostMember[]): CostModel | null {
    type BuffetYear = { expectedCosts: Ore; settlement: { year: number; actualCosts: Ore; billed: Ore } | null };
    const years = this.byYear(input.years, `${path}.years`, 'expectedCosts', (raw, at, year): BuffetYear | null => {
      const expectedCosts = this.kroner(raw, 'expectedCosts', at);
      let settlement: BuffetYear['settlement'] = null;
      if (raw.settlement !== undefined && raw.settlement !== null) {
        if (!isObject(raw.settlement)) return this.problem(`${at}.settlement`, 'skal være { year, actualCosts, billed }');
        const settled = this.year(raw.settlement, 'year', `${at}.settlement`);
        const actualCosts = this.kroner(raw.settlement, 'actualCosts', `${at}.settlement`);
        const billed = this.kroner(raw.settlement, 'billed', `${at}.settlement`);
        if (settled !== null && year !== null && settled >= year) {
          this.problem(`${at}.settlement.year`, 'skal være et afsluttet år før året');
        }
        if (settled !== null && actualCosts !== null && billed !== null) settlement = { year: settled, actualCosts, billed };
      }
      return expectedCosts === null ? null : { expectedCosts, settlement };
    });
    if (!years) return null;
    const outside: UsageItem[] = [];
    const codes = new Set(members.map((m) => m.code));
    for (const [at, raw] of this.objects(Array.isArray(input.outside) ? input.outside : [], `${path}.outside`)) {
      const name = this.text(raw, 'name', at);
      const unitPrice = this.kronerRatio(raw, 'unitPrice', at);
      const usage = new Map<string, Map<number, number>>();
      if (!isObject(raw.usage)) {
        this.problem(`${at}.usage`, 'skal være { kommunekode: { år: antal } }');
        continue;
      }
      for (const [code, byYear] of Object.entries(raw.usage)) {
        if (!codes.has(code)) this.problem(`${at}.usage.${code}`, 'er ikke medlem af projektet');
        if (!isObject(byYear)) {
          this.problem(`${at}.usage.${code}`, 'skal være { år: antal }');
          continue;
        }
        const years = new Map<number, number>();
        for (const [year, count] of Object.entries(byYear)) {
          if (!/^\d{4}$/.test(year) || !Number.isInteger(count) || (count as number) < 0) {
            this.problem(`${at}.usage.${code}.${year}`, 'skal være et år med et helt, ikke-negativt antal');
          } else years.set(Number(year), count as number);
        }
        usage.set(code, years);
      }
      if (name && unitPrice) outside.push({ name, unitPrice, usage });
    }
    return { kind: 'buffet', years, outside };
  }

  private shares(input: Json, path: string, members: readonly CostMember[]): CostModel | null {
    const years = this.byYear(input.years, `${path}.years`, 'costs', (raw, at) => this.kroner(raw, 'costs', at));
    if (!years) return null;
    const splitInput = input.split;
    if (!isObject(splitInput)) return this.problem(`${path}.split`, 'mangler (percent, equal eller weights)');
    const kind = this.choice(splitInput, 'kind', `${path}.split`, ['percent', 'equal', 'weights'] as const, null);
    if (kind === 'equal') return { kind: 'shares', years, split: { kind } };
    if (kind === null) return null;
    const field = kind === 'percent' ? 'percents' : 'weights';
    const values = splitInput[field];
    if (!isObject(values)) return this.problem(`${path}.split.${field}`, 'skal være { kommunekode: værdi }');
    const map = new Map<string, Ratio>();
    for (const member of members) {
      const value = this.decimal(values, member.code, `${path}.split.${field}`);
      if (value && value.n < 0n) this.problem(`${path}.split.${field}.${member.code}`, 'må ikke være negativ');
      else if (value) map.set(member.code, value);
    }
    for (const code of Object.keys(values)) {
      if (!members.some((m) => m.code === code)) this.problem(`${path}.split.${field}.${code}`, 'er ikke medlem af projektet');
    }
    if (kind === 'percent' && map.size === members.length) {
      const sum = [...map.values()].reduce((a, b) => ratio(a.n * b.d + b.n * a.d, a.d * b.d), ratio(0));
      if (compareRatio(sum, ratio(100)) !== 0) this.problem(`${path}.split.percents`, 'andelene skal give 100 % tilsammen');
    }
    return kind === 'percent'
      ? { kind: 'shares', years, split: { kind, percents: map } }
      : { kind: 'shares', years, split: { kind, weights: map } };
  }

  /** The objects of a list with their places; anything else in it is a problem. */
  private *objects(list: readonly unknown[], path: string): Generator<[string, Json]> {
    for (const [i, raw] of list.entries()) {
      if (isObject(raw)) yield [`${path}[${i}]`, raw];
      else this.problem(`${path}[${i}]`, 'skal være et objekt');
    }
  }

  /** A list of `{ year, … }` read into a map by year; a year twice is a problem. */
  private byYear<T>(
    list: unknown,
    path: string,
    what: string,
    read: (raw: Json, at: string, year: number | null) => T | null,
  ): Map<number, T> | null {
    if (!Array.isArray(list)) return this.problem(path, `skal være en liste af år med ${what}`);
    const years = new Map<number, T>();
    for (const [at, raw] of this.objects(list, path)) {
      const year = this.year(raw, 'year', at);
      const value = read(raw, at, year);
      if (year !== null && years.has(year)) this.problem(`${at}.year`, `${year} står to gange`);
      if (year !== null && value !== null) years.set(year, value);
    }
    return years;
  }

  private text(input: Json, key: string, path: string): string | null {
    const value = input[key];
    if (typeof value !== 'string' || value.trim() === '') return this.problem(`${path}.${key}`, 'skal være en tekst');
    return value.trim();
  }

  private date(input: Json, key: string, path: string): CalendarDate | null {
    const value = input[key];
    if (typeof value !== 'string' || !isCalendarDate(value))
      return this.problem(`${path}.${key}`, 'skal være en dato (ÅÅÅÅ-MM-DD)');
    if (!isDateInRange(value))
      return this.problem(
        `${path}.${key}`,
        `skal ligge mellem ${formatDanishDate(EARLIEST_DATE)} og ${formatDanishDate(LATEST_DATE)}`,
      );
    return value;
  }

  private year(input: Json, key: string, path: string): number | null {
    const value = input[key];
    if (!Number.isInteger(value) || (value as number) < 1900 || (value as number) > 2199)
      return this.problem(`${path}.${key}`, 'skal være et årstal');
    return value as number;
  }

  private decimal(input: Json, key: string, path: string): Ratio | null {
    const value = input[key];
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text !== 'string' || !/^[+-]?\d+(?:[.,]\d+)?$/.test(text.trim())) {
      return this.problem(`${path}.${key}`, 'skal være et decimaltal som tekst, fx "12.37"');
    }
    return ratioFromDecimal(text);
  }

  /** An amount in kroner, exact to the øre. */
  private kroner(input: Json, key: string, path: string): Ore | null {
    const value = this.decimal(input, key, path);
    if (value === null) return null;
    const text = String(input[key]).trim();
    if ((text.split(/[.,]/)[1]?.length ?? 0) > 2) return this.problem(`${path}.${key}`, 'et beløb har højst to decimaler (øre)');
    return kronerToOre(text);
  }

  /** A price in kroner that may have more decimals than øre (a price per inhabitant or per unit), in øre. */
  private kronerRatio(input: Json, key: string, path: string): Ratio | null {
    const value = this.decimal(input, key, path);
    if (value === null) return null;
    if (value.n < 0n) return this.problem(`${path}.${key}`, 'må ikke være negativ');
    return ratio(value.n * 100n, value.d);
  }

  private choice<T extends string, D extends T | null>(
    input: Json,
    key: string,
    path: string,
    options: readonly T[],
    fallback: D,
  ): T | null {
    const value = input[key] ?? fallback;
    if (typeof value !== 'string' || !options.includes(value as T)) {
      return this.problem(`${path}.${key}`, `skal være en af ${options.map((o) => `"${o}"`).join(', ')}`);
    }
    return value as T;
  }
}
