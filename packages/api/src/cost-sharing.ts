import {
  COST_MODEL_KINDS,
  INVOICINGS,
  InvoicingDescription,
  PER_INHABITANT_MODEL_KINDS,
  PilotFreeMonthsDescription,
  PopulationDateDescription,
  PRORATIONS,
  ProrationDescription,
} from '@overblik/core';
import Type, { type Static } from 'typebox';
import { ImportError, Instant, Literals, Name, Nullable, Uuid } from './common.js';
import { Amount, CalendarDate, Money } from './values.js';

/**
 * Cost sharing (fællesskabers fordeling af udgifter): a joint organisation's projects, their members and
 * invoice plans, populations, and the member municipality's read-only view with its budget forecast. The
 * model and plan formats are those of docs/cost-sharing.md (the CLI's `overblik costs plan` JSON).
 */

const MunicipalityCode = Type.String({ pattern: '^\\d{3}$', description: 'Kommunekode, three digits ("101")' });
/** An exact price (kroner per inhabitant or per unit) or a weight, as decimal text. */
const Exact = Type.String({
  description: 'Exact decimal as text: prices in kroner with up to four decimals, weights and shares up to six',
});

export const CostProjectIdParams = Type.Object({ organisationId: Uuid, projectId: Uuid }, { additionalProperties: false });

export const CostModelKind = Literals(COST_MODEL_KINDS, {
  description:
    'per_inhabitant: rate per inhabitant per year, optionally with a kink discount; fee_per_inhabitant: a membership fee; ' +
    'buffet: expected costs plus the last settled year, shared by population; shares: a yearly cost split by percent, equally or by weights',
});

/** A project's repayment period, both days included. */
const CostPeriod = Type.Object({ start: CalendarDate, end: CalendarDate });

/**
 * The model is an object here; its structure is core's `CostModelDescription` (TypeBox, declared once), checked by
 * the use case together with the meaning rules, so every problem of a description is answered at once (422).
 */
const CostModel = Type.Record(Type.String(), Type.Unknown(), {
  description:
    'The pricing model as in docs/cost-sharing.md ("model"), e.g. { "kind": "per_inhabitant", "rate": "25", "kink": { "threshold": 150000, "factor": "0.5" } }. ' +
    'Members are named by kommunekode. It is checked in full; every problem is answered with its JSON pointer.',
});

export const CostProjectMemberInput = Type.Object(
  {
    municipalityCode: MunicipalityCode,
    availableFrom: CalendarDate,
    wave: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
    pilot: Type.Optional(Type.Boolean({ default: false })),
    exitOn: Type.Optional(Nullable(CalendarDate)),
  },
  { additionalProperties: false },
);
export type CostProjectMemberInput = Static<typeof CostProjectMemberInput>;

export const CostProjectInput = Type.Object(
  {
    name: Name,
    description: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
    period: Type.Object({ start: CalendarDate, end: CalendarDate }, { additionalProperties: false }),
    invoicing: Type.Optional(InvoicingDescription),
    proration: Type.Optional(ProrationDescription),
    populationDate: Type.Optional(PopulationDateDescription),
    pilotFreeMonths: Type.Optional(PilotFreeMonthsDescription),
    exitPayment: Type.Optional(
      Nullable(
        Type.Boolean({
          description: 'Leaving early costs the rest of the period; null: the model decides (per-inhabitant models: yes)',
        }),
      ),
    ),
    businessCaseCosts: Type.Optional(Nullable(Amount)),
    model: CostModel,
    comparison: Type.Optional(
      Nullable(
        Type.Object(
          { name: Name, model: CostModel },
          {
            additionalProperties: false,
            description: 'Another model for the same members (e.g. the old SAPA model), for the scenario comparison',
          },
        ),
      ),
    ),
    members: Type.Array(CostProjectMemberInput, { maxItems: 200 }),
  },
  { additionalProperties: false },
);
export type CostProjectInput = Static<typeof CostProjectInput>;

export const CostProjectMember = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  municipalityCode: MunicipalityCode,
  name: Type.String(),
  availableFrom: CalendarDate,
  wave: Nullable(Type.String()),
  pilot: Type.Boolean(),
  exitOn: Nullable(CalendarDate),
});
export type CostProjectMember = Static<typeof CostProjectMember>;

export const CostProjectProblem = Type.Object({
  path: Type.String({
    description: "Where in the project, e.g. $.members[2].populations (the third member in the project's list of members)",
  }),
  message: Type.String({ description: 'In Danish' }),
});

export const CostProject = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  name: Type.String(),
  description: Nullable(Type.String()),
  period: CostPeriod,
  invoicing: Literals(INVOICINGS),
  proration: Literals(PRORATIONS),
  populationDate: Type.String(),
  pilotFreeMonths: Type.Integer(),
  exitPayment: Nullable(Type.Boolean()),
  businessCaseCosts: Nullable(Money),
  model: CostModel,
  modelKind: CostModelKind,
  comparison: Nullable(Type.Object({ name: Type.String(), model: CostModel })),
  members: Type.Array(CostProjectMember),
  problems: Type.Array(CostProjectProblem, {
    description: 'What keeps the plan from being computed now (e.g. a member without a population figure); empty when it can',
  }),
  createdAt: Instant,
  updatedAt: Instant,
});
export type CostProject = Static<typeof CostProject>;

export const CostProjectSummary = Type.Object({
  id: Uuid,
  name: Type.String(),
  modelKind: CostModelKind,
  period: CostPeriod,
  memberCount: Type.Integer(),
  updatedAt: Instant,
});
export const CostProjectList = Type.Object({ items: Type.Array(CostProjectSummary) });
export type CostProjectList = Static<typeof CostProjectList>;

const YearAmount = Type.Object({ year: Type.Integer(), amount: Money });
export type YearAmount = Static<typeof YearAmount>;

const PopulationBasis = Type.Object({
  population: Type.Integer(),
  date: CalendarDate,
  pricedAsOf: CalendarDate,
  latestKnown: Type.Boolean({ description: 'true: no figure on pricedAsOf, so the latest before it is used' }),
});

const PriceBasis = Type.Union([
  Type.Object({
    kind: Literals(PER_INHABITANT_MODEL_KINDS),
    population: PopulationBasis,
    yearlyPrice: Exact,
  }),
  Type.Object({
    kind: Type.Literal('buffet'),
    population: PopulationBasis,
    yearTotal: Money,
    correction: Money,
    pricePerInhabitant: Exact,
    memberYearAmount: Money,
  }),
  Type.Object({
    kind: Type.Literal('shares'),
    weight: Exact,
    shareOfYear: Exact,
    yearTotal: Money,
    memberYearAmount: Money,
  }),
]);

const InvoicePart = Type.Object({
  year: Type.Integer(),
  start: CalendarDate,
  end: CalendarDate,
  covered: Type.Integer({ description: 'Days or whole months covered' }),
  unit: Type.Integer({ description: 'Days in the year (365 or 366) or 12 months' }),
  basis: PriceBasis,
  amount: Money,
});

const UsageLine = Type.Object({
  name: Type.String(),
  year: Type.Integer(),
  units: Type.Integer(),
  unitPrice: Exact,
  amount: Money,
});

export const PlannedInvoice = Type.Object({
  kind: Type.Union([Type.Literal('regular'), Type.Literal('exit'), Type.Literal('usage')]),
  date: CalendarDate,
  start: CalendarDate,
  end: CalendarDate,
  parts: Type.Array(InvoicePart),
  usage: Type.Array(UsageLine),
  amount: Money,
  text: Type.String({ description: 'The explanation in Danish, as printed on the statement' }),
});
export type PlannedInvoice = Static<typeof PlannedInvoice>;

export const MemberPlan = Type.Object({
  code: Type.String(),
  name: Type.String(),
  wave: Nullable(Type.String()),
  pilot: Type.Boolean(),
  availableFrom: CalendarDate,
  exitOn: Nullable(CalendarDate),
  paysFrom: Nullable(CalendarDate),
  paysUntil: Nullable(CalendarDate),
  invoices: Type.Array(PlannedInvoice),
  totalsByYear: Type.Array(YearAmount, { description: 'By the year of the invoice date: the budget year' }),
  total: Money,
});
export type MemberPlan = Static<typeof MemberPlan>;

export const CostPlan = Type.Object({
  projectId: Uuid,
  name: Type.String(),
  modelKind: CostModelKind,
  period: CostPeriod,
  rule: Type.String({ description: 'The rules used, in Danish; printed on every statement' }),
  members: Type.Array(MemberPlan),
  totalsByYear: Type.Array(YearAmount),
  total: Money,
  businessCase: Nullable(
    Type.Object(
      {
        costs: Money,
        billed: Money,
        surplus: Money,
      },
      { description: 'Regular and exit billing against the business case: a positive surplus is not allowed (no profit)' },
    ),
  ),
  warnings: Type.Array(Type.String()),
});
export type CostPlan = Static<typeof CostPlan>;

export const CostComparison = Type.Object({
  projectId: Uuid,
  names: Type.Tuple([Type.String(), Type.String()]),
  members: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      years: Type.Array(Type.Object({ year: Type.Integer(), a: Money, b: Money, difference: Money })),
      a: Money,
      b: Money,
      difference: Money,
    }),
  ),
  a: Money,
  b: Money,
  difference: Money,
});
export type CostComparison = Static<typeof CostComparison>;

/** The member municipality's side: every project it is in, with what it will pay per budget year. */
export const MemberCostProject = Type.Object({
  projectId: Uuid,
  name: Type.String(),
  jointOrganisationId: Uuid,
  jointOrganisationName: Type.String(),
  modelKind: CostModelKind,
  period: CostPeriod,
  byYear: Type.Array(YearAmount),
  total: Money,
  problems: Type.Array(CostProjectProblem, { description: 'Why the project cannot be computed now; its amounts are then 0' }),
});

export const CostForecast = Type.Object({
  organisationId: Uuid,
  municipalityCode: Nullable(Type.String()),
  projects: Type.Array(MemberCostProject),
  byYear: Type.Array(YearAmount, { description: 'Sum over the projects per budget year (by invoice date)' }),
  total: Money,
});
export type CostForecast = Static<typeof CostForecast>;

export const MemberStatement = Type.Object({
  projectId: Uuid,
  name: Type.String(),
  jointOrganisationName: Type.String(),
  modelKind: CostModelKind,
  period: CostPeriod,
  rule: Type.String(),
  member: MemberPlan,
});
export type MemberStatement = Static<typeof MemberStatement>;

export const CostExportQuery = Type.Object(
  { format: Type.Optional(Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], { default: 'xlsx' })) },
  { additionalProperties: false },
);

/** Populations (indbyggertal) by date, imported and versioned per organisation. */
export const PopulationFigure = Type.Object({
  municipalityCode: Type.String(),
  name: Type.String(),
  date: CalendarDate,
  population: Type.Integer(),
  importId: Uuid,
  previous: Nullable(Type.Integer({ description: 'The figure an earlier import gave for the same day, when it differed' })),
});

export const PopulationImportSummary = Type.Object({
  id: Uuid,
  fileName: Nullable(Type.String()),
  layout: Type.String(),
  figureCount: Type.Integer(),
  changedCount: Type.Integer(),
  importedBy: Type.String(),
  createdAt: Instant,
});

export const PopulationQuery = Type.Object(
  {
    date: Type.Optional(CalendarDate),
    municipalityCode: Type.Optional(MunicipalityCode),
  },
  { additionalProperties: false },
);
export type PopulationQuery = Static<typeof PopulationQuery>;

export const PopulationList = Type.Object({
  dates: Type.Array(CalendarDate, { description: 'Every day with figures, newest first' }),
  figures: Type.Array(PopulationFigure, { description: 'The current figure (newest import) per municipality and day' }),
  imports: Type.Array(PopulationImportSummary),
});
export type PopulationList = Static<typeof PopulationList>;

export const PopulationImportQuery = Type.Object(
  {
    dryRun: Type.Optional(Type.Boolean({ default: false })),
    fileName: Type.Optional(Type.String({ maxLength: 255 })),
  },
  { additionalProperties: false },
);

export const PopulationImportReport = Type.Object({
  dryRun: Type.Boolean(),
  applied: Type.Boolean(),
  importId: Nullable(Uuid),
  layout: Type.Union([Type.Literal('columns'), Type.Literal('statistikbanken_long'), Type.Literal('statistikbanken_wide')]),
  figures: Type.Integer({ description: 'Figures read' }),
  created: Type.Integer({ description: 'Days and municipalities without a figure before' }),
  changed: Type.Integer({ description: 'Figures that differ from the current ones' }),
  unchanged: Type.Integer(),
  skipped: Type.Array(Type.Object({ row: Type.Integer(), area: Type.String() }), {
    description: 'Rows that are not a municipality (Hele landet, regions, landsdele, Christiansø) or not a total',
  }),
  errors: Type.Array(ImportError),
});
export type PopulationImportReport = Static<typeof PopulationImportReport>;

/** The 98 municipalities (reference data shipped with the product), for choosing a project's members. */
export const MunicipalityList = Type.Object({
  items: Type.Array(
    Type.Object({ code: Type.String(), name: Type.String(), officialName: Type.String(), region: Type.String() }),
  ),
});
export type MunicipalityList = Static<typeof MunicipalityList>;

export const CostUsageImportQuery = Type.Object(
  {
    item: Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'The name of the item outside the buffet, as in the model ("CPR-opslag")',
    }),
    dryRun: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);
export type CostUsageImportQuery = Static<typeof CostUsageImportQuery>;

export const CostUsageImportReport = Type.Object({
  item: Type.String(),
  dryRun: Type.Boolean(),
  applied: Type.Boolean(),
  years: Type.Array(Type.Integer(), { description: 'The years the file covers: their usage is replaced by the file’s' }),
  municipalities: Type.Integer({ description: 'Members with usage in the file' }),
  units: Type.Integer({ description: 'All units in the file' }),
  errors: Type.Array(ImportError),
});
export type CostUsageImportReport = Static<typeof CostUsageImportReport>;
