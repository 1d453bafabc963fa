import type { Ore } from '../money/ore.js';
import { addRatio, divideRatio, multiplyRatio, RATIO_ZERO, type Ratio, ratio, ratioToOre } from '../money/ratio.js';
import type { CalendarDate } from '../time/calendar-date.js';
import { addDays, addMonths } from '../time/calendar-math.js';
import { allocateLargestRemainder } from './allocation.js';
import {
  type BillingPeriod,
  billingPeriods,
  proratedAmount,
  splitByYear,
  splitOverSpans,
  type YearSpan,
  yearSpan,
} from './billing.js';
import { jsonPath } from './description.js';
import { perInhabitantYearlyPrice } from './per-inhabitant.js';
import {
  type CostMember,
  type CostProject,
  CostProjectError,
  type CostProjectProblem,
  type PopulationFigure,
} from './project.js';
import { invoiceText, ruleText } from './statement.js';

/** The population a year is priced with: the figure on the model's date, else the latest known before it. */
export type PopulationBasis = { population: number; date: CalendarDate; pricedAsOf: CalendarDate; latestKnown: boolean };

/** Why a part of an invoice costs what it does. Amounts of yearly prices are exact (ratios of øre). */
export type PriceBasis =
  | { kind: 'per_inhabitant' | 'fee_per_inhabitant'; population: PopulationBasis; yearlyPrice: Ratio }
  | {
      kind: 'buffet';
      population: PopulationBasis;
      /** The year's costs to share: expected costs plus the settled year's actual costs minus what it billed. */
      yearTotal: Ore;
      correction: Ore;
      /** The year's price per inhabitant for a whole year's participation. */
      pricePerInhabitant: Ratio;
      /** What the member pays for its part of the year, in all its invoices of the year together. */
      memberYearAmount: Ore;
    }
  | { kind: 'shares'; weight: Ratio; shareOfYear: Ratio; yearTotal: Ore; memberYearAmount: Ore };

export type InvoicePart = {
  year: number;
  start: CalendarDate;
  end: CalendarDate;
  /** The time covered in the proration's unit (days or whole months) and the unit of a whole year (365/366 or 12). */
  covered: number;
  unit: number;
  basis: PriceBasis;
  amount: Ore;
};

export type UsageLine = { name: string; year: number; units: number; unitPrice: Ratio; amount: Ore };

export type PlannedInvoice = {
  kind: 'regular' | 'exit' | 'usage';
  date: CalendarDate;
  /** The period covered (for usage: the year of the consumption). */
  start: CalendarDate;
  end: CalendarDate;
  parts: InvoicePart[];
  usage: UsageLine[];
  amount: Ore;
  /** The explanation in Danish, for the municipality's finance officer. */
  text: string;
};

export type YearAmount = { year: number; amount: Ore };

export type MemberPlan = {
  code: string;
  name: string;
  wave: string | null;
  pilot: boolean;
  availableFrom: CalendarDate;
  exitOn: CalendarDate | null;
  /** The first and last day paid for by regular invoices (null when there are none). */
  paysFrom: CalendarDate | null;
  paysUntil: CalendarDate | null;
  invoices: PlannedInvoice[];
  /** By the year of the invoice date: what the member pays in each budget year. */
  totalsByYear: YearAmount[];
  total: Ore;
};

export type ProjectPlan = {
  name: string;
  modelKind: CostProject['model']['kind'];
  period: CostProject['period'];
  /** The rules used, in Danish: printed on every statement. */
  rule: string;
  members: MemberPlan[];
  totalsByYear: YearAmount[];
  total: Ore;
  /** Total regular and exit billing over the period against the business case's costs (usage is outside it). */
  businessCase: { costs: Ore; billed: Ore; surplus: Ore } | null;
  /** Things the planner could not price, in Danish (a year without costs). */
  warnings: string[];
};

/** The whole invoice plan of a project: every member's invoices with their basis, totals per year and overall. */
export function planProject(project: CostProject): ProjectPlan {
  const schedules = project.members.map((member) => schedule(project, member));
  const missing = missingPopulations(project, schedules);
  if (missing.length > 0) throw new CostProjectError(missing);
  const warnings: string[] = [];
  const regular = regularInvoices(project, schedules, warnings);
  const members = schedules.map((s, i): MemberPlan => {
    const invoices = [...(regular[i] ?? []), ...exitInvoices(project, s), ...usageInvoices(project, s.member)];
    invoices.sort((a, b) => compareText(a.date, b.date) || compareText(a.start, b.start) || compareText(a.kind, b.kind));
    return {
      code: s.member.code,
      name: s.member.name,
      wave: s.member.wave,
      pilot: s.member.pilot,
      availableFrom: s.member.availableFrom,
      exitOn: s.member.exitOn,
      paysFrom: s.periods[0]?.start ?? null,
      paysUntil: s.periods[s.periods.length - 1]?.end ?? null,
      invoices,
      totalsByYear: totalsByYear(invoices),
      total: invoices.reduce((sum, inv) => sum + inv.amount, 0n),
    };
  });
  const all = members.flatMap((m) => m.invoices);
  const billed = all.filter((i) => i.kind !== 'usage').reduce((sum, i) => sum + i.amount, 0n);
  return {
    name: project.name,
    modelKind: project.model.kind,
    period: project.period,
    rule: ruleText(project),
    members,
    totalsByYear: totalsByYear(all),
    total: all.reduce((sum, i) => sum + i.amount, 0n),
    businessCase:
      project.businessCaseCosts === null
        ? null
        : { costs: project.businessCaseCosts, billed, surplus: billed - project.businessCaseCosts },
    warnings,
  };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A member's regular invoice periods, each with its span of the year, and the first day it pays for. */
type Schedule = { member: CostMember; payableFrom: CalendarDate; periods: (BillingPeriod & { span: YearSpan })[] };

/** The member's regular invoice periods: from availability (a pilot: after its free months) to the period's end or the day before its exit. */
function schedule(project: CostProject, member: CostMember): Schedule {
  const available = member.pilot ? addMonths(member.availableFrom, project.pilotFreeMonths) : member.availableFrom;
  const from = available > project.period.start ? available : project.period.start;
  const lastMember = member.exitOn === null ? project.period.end : addDays(member.exitOn, -1);
  const until = lastMember < project.period.end ? lastMember : project.period.end;
  const exitOn = member.exitOn;
  const periods = billingPeriods(from, until, project.invoicing)
    // The last stub before an exit is invoiced with the exit, not after it.
    .map((p) => ({
      ...p,
      date: exitOn !== null && p.date > exitOn ? exitOn : p.date,
      span: yearSpan(p.start, p.end, project.proration),
    }))
    // With whole months, a period shorter than a month is not paid: no invoice of 0 kr.
    .filter((p) => p.span.to > p.span.from);
  return { member, payableFrom: from, periods };
}

/** The years a member is priced by its population: those of its regular invoices and, when it leaves, of its exit invoice. */
function pricedYears(project: CostProject, { member, payableFrom, periods }: Schedule): number[] {
  const years = new Set(periods.map((p) => p.year));
  const exitOn = member.exitOn;
  if (project.exitPayment && exitOn !== null && exitOn <= project.period.end) {
    const firstPaid = exitOn > payableFrom ? exitOn : payableFrom;
    if (firstPaid <= project.period.end) for (const { year } of splitByYear(firstPaid, project.period.end)) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * Every member that lacks a population for a year it is priced in (the models priced by population), each named
 * once, at its first such year — so a project names all the municipalities whose figures must be imported, not
 * only the first.
 */
function missingPopulations(project: CostProject, schedules: readonly Schedule[]): CostProjectProblem[] {
  const kind = project.model.kind;
  if (kind !== 'per_inhabitant' && kind !== 'fee_per_inhabitant' && kind !== 'buffet') return [];
  return schedules.flatMap((s) => {
    for (const year of pricedYears(project, s)) {
      const pricedAsOf = `${year}-${project.populationDate}` as CalendarDate;
      if (!s.member.populations.some((f) => f.date <= pricedAsOf)) return [missingPopulation(project, s.member, pricedAsOf)];
    }
    return [];
  });
}

function missingPopulation(project: CostProject, member: CostMember, pricedAsOf: CalendarDate): CostProjectProblem {
  return {
    path: jsonPath(['members', member.at, 'populations']),
    message: `intet indbyggertal pr. ${pricedAsOf} eller før for ${member.name}`,
  };
}

export function populationFor(project: CostProject, member: CostMember, year: number): PopulationBasis {
  // `populationDate` is `MM-DD`, so this is a `YYYY-MM-DD` date.
  const pricedAsOf = `${year}-${project.populationDate}` as CalendarDate;
  let found: PopulationFigure | undefined;
  for (const figure of member.populations) if (figure.date <= pricedAsOf) found = figure;
  if (!found) throw new CostProjectError([missingPopulation(project, member, pricedAsOf)]);
  return { population: found.population, date: found.date, pricedAsOf, latestKnown: found.date !== pricedAsOf };
}

type PerInhabitantBasis = Extract<PriceBasis, { kind: 'per_inhabitant' | 'fee_per_inhabitant' }>;

/** The yearly price of a per-inhabitant or fee model for a member and year, with its basis. */
function perInhabitantBasis(project: CostProject, member: CostMember, year: number): PerInhabitantBasis {
  const model = project.model;
  if (model.kind !== 'per_inhabitant' && model.kind !== 'fee_per_inhabitant') throw new Error('not a per-inhabitant model');
  const population = populationFor(project, member, year);
  const kink = model.kind === 'per_inhabitant' ? model.kink : null;
  return {
    kind: model.kind,
    population,
    yearlyPrice: perInhabitantYearlyPrice(population.population, { rate: model.rate, kink }),
  };
}

function regularInvoices(project: CostProject, schedules: readonly Schedule[], warnings: string[]): PlannedInvoice[][] {
  const model = project.model;
  const invoice = (member: CostMember, p: Schedule['periods'][number], basis: PriceBasis, amount: Ore): PlannedInvoice => {
    const span = p.span;
    const part: InvoicePart = {
      year: p.year,
      start: p.start,
      end: p.end,
      covered: span.to - span.from,
      unit: span.unit,
      basis,
      amount,
    };
    return explained(project, member, {
      kind: 'regular',
      date: p.date,
      start: p.start,
      end: p.end,
      parts: [part],
      usage: [],
      amount,
    });
  };
  if (model.kind === 'per_inhabitant' || model.kind === 'fee_per_inhabitant') {
    return schedules.map(({ member, periods }) =>
      periods.map((p) => {
        const basis = perInhabitantBasis(project, member, p.year);
        return invoice(member, p, basis, proratedAmount(basis.yearlyPrice, p.span));
      }),
    );
  }
  // Buffet and shares: each year's total is shared among the members taking part that year, in proportion to
  // their weight (population, share or weight) × the part of the year they take part in, to the øre.
  const result: PlannedInvoice[][] = schedules.map(() => []);
  const years = [...new Set(schedules.flatMap((s) => s.periods.map((p) => p.year)))].sort((a, b) => a - b);
  for (const year of years) {
    const inYear = schedules.map((s) => s.periods.filter((p) => p.year === year));
    const spans = inYear.map((periods) => periods.map((p) => p.span));
    const shareOfYear = spans.map((list) =>
      list.length === 0
        ? RATIO_ZERO
        : ratio(
            list.reduce((sum, s) => sum + s.to - s.from, 0),
            list[0]?.unit ?? 1,
          ),
    );
    let total: Ore;
    let correction = 0n;
    let weights: Ratio[];
    let populations: (PopulationBasis | null)[] = schedules.map(() => null);
    if (model.kind === 'buffet') {
      const costs = model.years.get(year);
      if (!costs) {
        warnings.push(`Ingen forventede omkostninger for ${year}: året er ikke faktureret.`);
        continue;
      }
      correction = costs.settlement ? costs.settlement.actualCosts - costs.settlement.billed : 0n;
      total = costs.expectedCosts + correction;
      populations = schedules.map((s, i) => ((inYear[i]?.length ?? 0) > 0 ? populationFor(project, s.member, year) : null));
      weights = populations.map((p, i) => (p ? multiplyRatio(ratio(p.population), shareOfYear[i] ?? RATIO_ZERO) : RATIO_ZERO));
    } else {
      const costs = model.years.get(year);
      if (costs === undefined) {
        warnings.push(`Ingen omkostninger for ${year}: året er ikke faktureret.`);
        continue;
      }
      total = costs;
      weights = schedules.map((s, i) => multiplyRatio(weightsFor(model, s.member.code), shareOfYear[i] ?? RATIO_ZERO));
    }
    const weightSum = weights.reduce(addRatio, RATIO_ZERO);
    if (weightSum.n === 0n) {
      if (total !== 0n) warnings.push(`Ingen deltager med vægt i ${year}: årets omkostninger kan ikke fordeles.`);
      continue;
    }
    const amounts = allocateLargestRemainder(total, weights);
    const pricePerInhabitant = divideRatio(ratio(total), weightSum);
    schedules.forEach((s, i) => {
      const periods = inYear[i] ?? [];
      if (periods.length === 0) return;
      const memberYearAmount = amounts[i] ?? 0n;
      const parts = splitOverSpans(memberYearAmount, spans[i] ?? []);
      periods.forEach((p, k) => {
        const basis: PriceBasis =
          model.kind === 'buffet'
            ? {
                kind: 'buffet',
                population: populations[i] as PopulationBasis,
                yearTotal: total,
                correction,
                pricePerInhabitant,
                memberYearAmount,
              }
            : {
                kind: 'shares',
                weight: weightsFor(model, s.member.code),
                shareOfYear: shareOfYear[i] ?? RATIO_ZERO,
                yearTotal: total,
                memberYearAmount,
              };
        result[i]?.push(invoice(s.member, p, basis, parts[k] ?? 0n));
      });
    });
  }
  return result;
}

function weightsFor(model: CostProject['model'], code: string): Ratio {
  if (model.kind !== 'shares') return RATIO_ZERO;
  const split = model.split;
  if (split.kind === 'equal') return ratio(1);
  return (split.kind === 'percent' ? split.percents : split.weights).get(code) ?? RATIO_ZERO;
}

/**
 * Leaving before the period ends: one invoice on the exit date for what the member would have paid from then to
 * the end, each year at that year's price (its January population, or the latest known). Leaving after the end
 * costs nothing.
 */
function exitInvoices(project: CostProject, { member, payableFrom }: Schedule): PlannedInvoice[] {
  const exitOn = member.exitOn;
  if (!project.exitPayment || exitOn === null || exitOn > project.period.end) return [];
  const firstPaid = exitOn > payableFrom ? exitOn : payableFrom;
  if (firstPaid > project.period.end) return [];
  const parts = splitByYear(firstPaid, project.period.end).map(({ start, end, year }, i): InvoicePart => {
    const basis = perInhabitantBasis(project, member, year);
    let span: YearSpan = yearSpan(start, end, project.proration);
    // It continues exactly where regular payment stopped that year: with whole months, the month of a mid-month
    // exit is one regular payment did not cover, so it belongs here (but only if the member paid before it).
    const regularFrom: CalendarDate = payableFrom > `${year}-01-01` ? payableFrom : `${year}-01-01`;
    const lastRegular = addDays(start, -1);
    if (i === 0 && start === exitOn && regularFrom <= lastRegular) {
      const from = yearSpan(regularFrom, lastRegular, project.proration).to;
      span = { from, to: Math.max(from, yearSpan(`${year}-01-01`, end, project.proration).to), unit: span.unit };
    }
    return {
      year,
      start,
      end,
      covered: span.to - span.from,
      unit: span.unit,
      basis,
      amount: proratedAmount(basis.yearlyPrice, span),
    };
  });
  const amount = parts.reduce((sum, p) => sum + p.amount, 0n);
  return [
    explained(project, member, {
      kind: 'exit',
      date: exitOn,
      start: firstPaid,
      end: project.period.end,
      parts,
      usage: [],
      amount,
    }),
  ];
}

/** Consumption outside the buffet, billed per unit to the member that used it, in February after the year. */
function usageInvoices(project: CostProject, member: CostMember): PlannedInvoice[] {
  if (project.model.kind !== 'buffet') return [];
  const byYear = new Map<number, UsageLine[]>();
  for (const item of project.model.outside) {
    for (const [year, units] of item.usage.get(member.code) ?? []) {
      if (units === 0) continue;
      const amount = ratioToOre(multiplyRatio(item.unitPrice, ratio(units)));
      byYear.set(year, [...(byYear.get(year) ?? []), { name: item.name, year, units, unitPrice: item.unitPrice, amount }]);
    }
  }
  return [...byYear.entries()].map(([year, usage]) =>
    explained(project, member, {
      kind: 'usage',
      date: `${year + 1}-02-01`,
      start: `${year}-01-01`,
      end: `${year}-12-31`,
      parts: [],
      usage,
      amount: usage.reduce((sum, u) => sum + u.amount, 0n),
    }),
  );
}

/**
 * An invoice with its explanation, written the first time it is read: a budget forecast reads only amounts, and
 * writing the Danish text is half the planner's time. The text is an ordinary (enumerable) property to JSON.
 */
function explained(project: CostProject, member: CostMember, invoice: Omit<PlannedInvoice, 'text'>): PlannedInvoice {
  let text: string | undefined;
  return Object.defineProperty(invoice, 'text', {
    enumerable: true,
    get: () => {
      text ??= invoiceText(project, member, invoice as PlannedInvoice);
      return text;
    },
  }) as PlannedInvoice;
}

/** The amount of a year in a list of yearly amounts; nothing in that year is 0. */
export function amountInYear(list: readonly YearAmount[] | undefined, year: number): Ore {
  return list?.find((y) => y.year === year)?.amount ?? 0n;
}

export function totalsByYear(invoices: readonly { date: CalendarDate; amount: Ore }[]): YearAmount[] {
  return sumByYear(invoices.map((invoice) => ({ year: Number(invoice.date.slice(0, 4)), amount: invoice.amount })));
}

/** Amounts added up per year, in year order. */
export function sumByYear(amounts: Iterable<YearAmount>): YearAmount[] {
  const byYear = new Map<number, Ore>();
  for (const { year, amount } of amounts) byYear.set(year, (byYear.get(year) ?? 0n) + amount);
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, amount]) => ({ year, amount }));
}
