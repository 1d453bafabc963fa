import Type, { type Static, type TSchema } from 'typebox';
import { Compile, type Validator } from 'typebox/compile';
import type { CalendarDate } from '../time/calendar-date.js';

/**
 * The description of a cost-sharing project, declared once as a TypeBox schema: the structure, types and limits of
 * the CLI's project file (docs/cost-sharing.md) and of the model the API stores (`CostModelDescription`, the API's
 * request schema derives its terms from these). What a schema cannot say (dates that exist, sums, members named
 * once, a settlement before its year) are the meaning rules of project.ts.
 *
 * Each schema that a person can get wrong carries `x-message`, the Danish text of its problem.
 */

/** A place in a description: object keys and list indices, rendered as `$.members[2].code` or `/members/2/code`. */
export type DescriptionPath = readonly (string | number)[];
export type DescriptionProblem = { at: DescriptionPath; message: string };

/** `$.members[2].code`: the CLI's form (docs/cost-sharing.md). */
export function jsonPath(at: DescriptionPath): string {
  return `$${at.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('')}`;
}

/** `/members/2/code`: the API's form, as its request validation names fields (RFC 6901). */
export function jsonPointer(at: DescriptionPath): string {
  return at.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

const Text = Type.String({ pattern: '\\S', 'x-message': 'skal være en tekst' });
/** A day as ÅÅÅÅ-MM-DD; that it exists and lies in the supported range is a meaning rule. */
export const DescriptionDate = Type.Unsafe<CalendarDate>(
  Type.String({
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    'x-message': 'skal være en dato (ÅÅÅÅ-MM-DD)',
  }),
);
/** An exact decimal as text ("12.37", "12,37"); a JSON number is read as its text. */
const Decimal = Type.Union([Type.String({ pattern: '^\\s*[+-]?\\d+(?:[.,]\\d+)?\\s*$' }), Type.Number()], {
  'x-message': 'skal være et decimaltal som tekst, fx "12.37"',
});
const Year = Type.Integer({ minimum: 1900, maximum: 2199, 'x-message': 'skal være et årstal' });
const Flag = Type.Boolean({ 'x-message': 'skal være true eller false' });
const Nullable = <T extends TSchema>(schema: T) =>
  Type.Union([schema, Type.Null()], { 'x-message': (schema as { 'x-message'?: string })['x-message'] });

export const INVOICINGS = ['kombit', 'yearly'] as const;
export const PRORATIONS = ['days', 'months'] as const;
const choice = <const T extends readonly string[]>(values: T, options: Record<string, unknown> = {}) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { 'x-message': `skal være en af ${values.map((v) => `"${v}"`).join(', ')}`, ...options },
  ) as unknown as Type.TUnion<{ -readonly [K in keyof T]: Type.TLiteral<T[K]> }>;

export const InvoicingDescription = choice(INVOICINGS, {
  default: 'kombit',
  description: 'kombit: February (January–June) and September (July–December); yearly: one invoice in January',
});
export const ProrationDescription = choice(PRORATIONS, {
  default: 'days',
  description: 'days: yearly price × days ÷ days of the year; months: yearly price × whole months ÷ 12',
});
export const PopulationDateDescription = Type.String({
  pattern: '^\\d{2}-\\d{2}$',
  default: '01-01',
  description: 'Month-day of the invoicing year whose population prices it',
  'x-message': 'skal være måned og dag som "01-01"',
});
export const PilotFreeMonthsDescription = Type.Integer({
  minimum: 0,
  maximum: 24,
  default: 2,
  'x-message': 'skal være et helt antal måneder (0–24)',
});

const Kink = Type.Object(
  {
    threshold: Type.Integer({ minimum: 0, 'x-message': 'skal være et helt antal indbyggere' }),
    factor: Decimal,
  },
  { 'x-message': 'skal være { threshold, factor }' },
);
const PerInhabitant = Type.Object({
  kind: Type.Literal('per_inhabitant'),
  rate: Decimal,
  kink: Type.Optional(Nullable(Kink)),
});
const FeePerInhabitant = Type.Object({ kind: Type.Literal('fee_per_inhabitant'), rate: Decimal });
const Settlement = Type.Object(
  { year: Year, actualCosts: Decimal, billed: Decimal },
  { 'x-message': 'skal være { year, actualCosts, billed }' },
);
const objectList = <T extends Type.TProperties>(properties: T, message: string) =>
  Type.Array(Type.Object(properties, { 'x-message': 'skal være et objekt' }), { 'x-message': message });
const BuffetYear = { year: Year, expectedCosts: Decimal, settlement: Type.Optional(Nullable(Settlement)) };
const UsageByYear = Type.Record(
  Type.String(),
  Type.Integer({ minimum: 0, 'x-message': 'skal være et år med et helt, ikke-negativt antal' }),
  { 'x-message': 'skal være { år: antal }' },
);
const OutsideItem = {
  name: Text,
  unitPrice: Decimal,
  usage: Type.Record(Type.String(), UsageByYear, { 'x-message': 'skal være { kommunekode: { år: antal } }' }),
};
const Buffet = Type.Object({
  kind: Type.Literal('buffet'),
  years: objectList(BuffetYear, 'skal være en liste af år med expectedCosts'),
  outside: Type.Optional(objectList(OutsideItem, 'skal være en liste')),
});
const ValueByMember = Type.Record(Type.String(), Type.Unknown(), { 'x-message': 'skal være { kommunekode: værdi }' });
const SPLITS = {
  percent: Type.Object({ kind: Type.Literal('percent'), percents: ValueByMember }),
  equal: Type.Object({ kind: Type.Literal('equal') }),
  weights: Type.Object({ kind: Type.Literal('weights'), weights: ValueByMember }),
};
const Shares = Type.Object({
  kind: Type.Literal('shares'),
  years: objectList({ year: Year, costs: Decimal }, 'skal være en liste af år med costs'),
  split: Type.Union([SPLITS.percent, SPLITS.equal, SPLITS.weights], {
    'x-message': 'mangler (percent, equal eller weights)',
  }),
});
const SharesWithoutSplit = Type.Omit(Shares, ['split']);
const MODELS = { per_inhabitant: PerInhabitant, fee_per_inhabitant: FeePerInhabitant, buffet: Buffet, shares: Shares };

/**
 * A project's pricing model as entered, stored and documented (docs/cost-sharing.md, "model"): amounts in kroner
 * as decimal text, members named by kommunekode.
 */
export const CostModelDescription = Type.Union([PerInhabitant, FeePerInhabitant, Buffet, Shares], {
  'x-message': 'mangler',
  description:
    'The pricing model as in docs/cost-sharing.md ("model"), e.g. { "kind": "per_inhabitant", "rate": "25", "kink": { "threshold": 150000, "factor": "0.5" } }. ' +
    'Members are named by kommunekode. It is checked in full; every problem is answered with its JSON pointer.',
});
export type CostModelDescription = Static<typeof CostModelDescription>;

const Population = Type.Object(
  {
    date: DescriptionDate,
    population: Type.Integer({ minimum: 0, 'x-message': 'skal være et helt, ikke-negativt antal indbyggere' }),
  },
  { 'x-message': 'skal være et objekt' },
);
const MemberDescription = Type.Object(
  {
    code: Text,
    name: Text,
    availableFrom: DescriptionDate,
    wave: Type.Optional(Type.Union([Type.String(), Type.Number(), Type.Null()])),
    pilot: Type.Optional(Flag),
    exitOn: Type.Optional(Nullable(DescriptionDate)),
    populations: Type.Array(Population, { 'x-message': 'skal være en liste af { date, population }' }),
  },
  { 'x-message': 'skal være et objekt' },
);

/** The CLI's project file: the terms, the model and the members with their populations. */
export const CostProjectDescription = Type.Object(
  {
    name: Text,
    period: Type.Object({ start: DescriptionDate, end: DescriptionDate }, { 'x-message': 'mangler (start og end)' }),
    invoicing: Type.Optional(InvoicingDescription),
    proration: Type.Optional(ProrationDescription),
    populationDate: Type.Optional(PopulationDateDescription),
    pilotFreeMonths: Type.Optional(PilotFreeMonthsDescription),
    exitPayment: Type.Optional(Flag),
    businessCase: Type.Optional(Type.Object({ costs: Decimal }, { 'x-message': 'skal være et objekt med costs' })),
    model: Type.Unknown({ 'x-message': 'mangler' }),
    members: Type.Array(MemberDescription, { minItems: 1, 'x-message': 'skal være en liste med mindst ét medlem' }),
  },
  { 'x-message': 'skal være et JSON-objekt' },
);
export type CostProjectDescription = Omit<Static<typeof CostProjectDescription>, 'model'> & { model: CostModelDescription };
export type CostMemberDescription = Static<typeof MemberDescription>;

const validators = new WeakMap<TSchema, Validator>();
/** The schema compiled once (a description is checked on every save and every CLI run; errors only when it fails). */
function validatorOf(schema: TSchema): Validator {
  let validator = validators.get(schema);
  if (!validator) {
    validator = Compile(schema) as unknown as Validator;
    validators.set(schema, validator);
  }
  return validator;
}

/** A schema's child by one step of a schema path (`properties`, `items`, `anyOf/0`, `additionalProperties`, `patternProperties/…`). */
function schemaAt(root: TSchema, schemaPath: string): Record<string, unknown> | undefined {
  let node: unknown = root;
  for (const raw of schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    const step = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown> | undefined)?.[step];
  }
  return node as Record<string, unknown> | undefined;
}

/** The value's path of a JSON pointer, with list indices as numbers (so both renderings can be written). */
function pathOf(value: unknown, pointer: string): (string | number)[] {
  const at: (string | number)[] = [];
  let current = value;
  for (const raw of pointer.split('/').slice(1)) {
    const step = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const index = Array.isArray(current) ? Number(step) : null;
    at.push(index ?? step);
    current = (current as Record<string | number, unknown> | undefined)?.[index ?? step];
  }
  return at;
}

/**
 * Where and why a value does not have a schema's structure: one problem per place, with the Danish text of the
 * schema at that place. A missing required field is named at the field (as the API's validation does).
 */
export function structureProblems(schema: TSchema, value: unknown, base: DescriptionPath = []): DescriptionProblem[] {
  const validator = validatorOf(schema);
  if (validator.Check(value)) return [];
  const byPlace = new Map<string, DescriptionProblem & { specific: boolean }>();
  for (const error of validator.Errors(value)) {
    const places: { pointer: string; schemaPath: string }[] =
      error.keyword === 'required'
        ? (error.params as { requiredProperties: string[] }).requiredProperties.map((p) => ({
            pointer: `${error.instancePath}/${p}`,
            schemaPath: `${error.schemaPath}/properties/${p}`,
          }))
        : error.keyword === 'boolean' || error.keyword === 'additionalProperties'
          ? []
          : [{ pointer: error.instancePath, schemaPath: error.schemaPath }];
    for (const { pointer, schemaPath } of places) {
      const own = schemaAt(schema, schemaPath)?.['x-message'];
      const message = typeof own === 'string' ? own : error.keyword === 'required' ? 'mangler' : 'er ikke gyldig';
      const before = byPlace.get(pointer);
      if (before && (before.specific || typeof own !== 'string')) continue;
      byPlace.set(pointer, { at: [...base, ...pathOf(value, pointer)], message, specific: typeof own === 'string' });
    }
  }
  return [...byPlace.values()].map(({ at, message }) => ({ at, message }));
}

/**
 * The structure of a model, chosen by its `kind` (and a split by its `kind`), so an unknown kind is one problem at
 * `kind` and not one per model it is not.
 */
export function modelStructureProblems(model: unknown, base: DescriptionPath): DescriptionProblem[] {
  if (typeof model !== 'object' || model === null || Array.isArray(model)) return [{ at: base, message: 'mangler' }];
  const kind = (model as { kind?: unknown }).kind;
  const schema = typeof kind === 'string' ? MODELS[kind as keyof typeof MODELS] : undefined;
  if (!schema) {
    return [
      {
        at: [...base, 'kind'],
        message: `skal være en af ${Object.keys(MODELS)
          .map((k) => `"${k}"`)
          .join(', ')}`,
      },
    ];
  }
  if (schema !== Shares) return structureProblems(schema, model, base);
  const { split, ...rest } = model as { split?: unknown };
  const problems = structureProblems(SharesWithoutSplit, rest, base);
  const splitKind = typeof split === 'object' && split !== null ? (split as { kind?: unknown }).kind : undefined;
  const splitSchema = typeof splitKind === 'string' ? SPLITS[splitKind as keyof typeof SPLITS] : undefined;
  if (typeof split !== 'object' || split === null || Array.isArray(split)) {
    problems.push({ at: [...base, 'split'], message: 'mangler (percent, equal eller weights)' });
  } else if (!splitSchema) {
    problems.push({ at: [...base, 'split', 'kind'], message: 'skal være en af "percent", "equal", "weights"' });
  } else problems.push(...structureProblems(splitSchema, split, [...base, 'split']));
  return problems;
}
