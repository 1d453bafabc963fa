import {
  CONTRACT_FIELDS,
  CONTRACT_OPTION_FIELDS,
  CONTRACT_SORTS,
  CONTRACT_STATUSES,
  type ContractSort as CoreContractSort,
  DERIVED_ACTIVITY_TYPES,
  DPA_REQUIREMENTS,
  NOTICE_PERIOD_ENDS,
  PRICE_ELEMENT_FIELDS,
  PRICE_REGULATION_KINDS,
  RENEWALS,
  RESPONSIBILITY_FIELDS,
  TERM_KINDS,
  TRANSFERABILITIES,
  YES_NO_UNKNOWN,
} from '@overblik/core';
import Type, { type Static } from 'typebox';
import { Instant, Literals, Name, Nullable, Uuid } from './common.js';
import { createRequestSchemas, requestSchemas, responseSchemas } from './fields.js';
import { OptionKey } from './option-lists.js';
import { CalendarDate, Decimal, Money } from './values.js';

export const TermKind = Literals(TERM_KINDS, {
  description: 'months: a term of termMonths from inForceFrom; end_date: until termEndsOn; ongoing: løbende, no end',
});
export const NoticePeriodEnd = Literals(NOTICE_PERIOD_ENDS, {
  description: 'Notice runs to the end of a month, quarter, half-year or year',
});
export const Renewal = Literals(RENEWALS, {
  description: 'none: ends at the term end; automatic: tacit renewal by renewalMonths; by_agreement: only if agreed',
});
export const PriceRegulationKind = Literals(PRICE_REGULATION_KINDS);
export const Transferability = Literals(TRANSFERABILITIES, {
  description: 'How hard it is to move to another supplier (exit assessment)',
});
export const YesNoUnknown = Literals(YES_NO_UNKNOWN);
export const DpaRequirement = Literals(DPA_REQUIREMENTS, {
  description:
    'Whether a data-processing agreement (databehandleraftale) is required; by_law: the processing has a legal basis instead',
});
export const ContractStatus = Literals(CONTRACT_STATUSES, {
  description: 'Derived from the dates (docs/register.md), never typed by hand',
});
export type ContractStatus = Static<typeof ContractStatus>;

export const Link = Type.Object(
  { label: Type.String({ minLength: 1, maxLength: 200 }), url: Type.String({ format: 'uri', maxLength: 2000 }) },
  { additionalProperties: false },
);
/** A responsibility's role (RESPONSIBILITY_FIELDS), and its person, a member's id. */
export const Responsibility = Type.Object(
  {
    ...createRequestSchemas(RESPONSIBILITY_FIELDS),
    userId: Uuid,
  },
  { additionalProperties: false, description: 'A member of the organisation with a named role (responsibility_role list)' },
);
export type ContractResponsibilityInput = Static<typeof Responsibility>;
export const ResponsibilityView = Type.Object({ ...responseSchemas(RESPONSIBILITY_FIELDS), userId: Uuid, name: Type.String() });

/** The contract's own fields, shared by create and update requests (all optional here). */
const contractFields = {
  ...requestSchemas(CONTRACT_FIELDS),
  supplierId: Type.Optional(Nullable(Uuid)),
  parentId: Type.Optional(Nullable(Uuid)),
  agreementElements: Type.Optional(Type.Array(OptionKey, { maxItems: 30, uniqueItems: true })),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: 30 })),
  responsibleUnitId: Type.Optional(Nullable(Uuid)),
  responsibilities: Type.Optional(Type.Array(Responsibility, { maxItems: 50 })),
  termKind: Type.Optional(TermKind),
  termMonths: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1200 }))),
  termEndsOn: Type.Optional(Nullable(CalendarDate)),
  currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217; default DKK' })),
  priceIndexBaseMonth: Type.Optional(Nullable(Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' }))),
  priceRegulationDate: Type.Optional(
    Nullable(Type.String({ pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', description: 'MM-DD each year' })),
  ),
  links: Type.Optional(Type.Array(Link, { maxItems: 30 })),
};

export const ContractNumber = Type.String({
  minLength: 1,
  maxLength: 50,
  pattern: '\\S',
  description: 'Unique within the organisation',
});

export const CreateContractRequest = Type.Object(
  { number: ContractNumber, name: Name, ...contractFields },
  { additionalProperties: false },
);
export type CreateContractRequest = Static<typeof CreateContractRequest>;

export const UpdateContractRequest = Type.Object(
  { number: Type.Optional(ContractNumber), name: Type.Optional(Name), ...contractFields },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateContractRequest = Static<typeof UpdateContractRequest>;

export const Contract = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  number: Type.String(),
  name: Type.String(),
  ...responseSchemas(CONTRACT_FIELDS),
  supplierId: Nullable(Uuid),
  supplierName: Nullable(Type.String()),
  parentId: Nullable(Uuid),
  agreementElements: Type.Array(OptionKey),
  tags: Type.Array(Type.String()),
  responsibleUnitId: Nullable(Uuid),
  responsibilities: Type.Array(ResponsibilityView),
  termKind: TermKind,
  termMonths: Nullable(Type.Integer()),
  termEndsOn: Nullable(CalendarDate),
  currency: Type.String(),
  priceIndexBaseMonth: Nullable(Type.String()),
  priceRegulationDate: Nullable(Type.String()),
  links: Type.Array(Link),
  status: ContractStatus,
  endsOn: Nullable(
    Type.String({
      format: 'date',
      description:
        'Derived: the day the contract ends if nothing more is done (termination, term, exercised options); null when it runs on',
    }),
  ),
  deadlines: Type.Object(
    {
      currentTermEnd: Nullable(CalendarDate),
      latestNoticeDate: Nullable(CalendarDate),
      earliestEnd: Nullable(CalendarDate),
      nextOptionDeadline: Nullable(CalendarDate),
      nextPriceRegulation: Nullable(CalendarDate),
      computedFor: Nullable(CalendarDate),
    },
    {
      description:
        'Computed from the terms for the day computedFor (docs/deadlines.md): the current term end, the last day to give notice for the earliest possible end, that end, the next option deadline and price-regulation day',
    },
  ),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Contract = Static<typeof Contract>;

/** A price element's own fields, shared by create and update requests (all optional here). */
const priceElementFields = {
  ...requestSchemas(PRICE_ELEMENT_FIELDS),
  unitCode: Type.Optional(
    Type.String({ pattern: '^[A-Z0-9]{2,3}$', description: 'UN/ECE Recommendation 20 unit code: EA, HUR, MON, ANN …' }),
  ),
  payingUnitIds: Type.Optional(Type.Array(Uuid, { maxItems: 100, uniqueItems: true })),
};

export const CreatePriceElementRequest = Type.Object(
  { name: Name, unitPrice: Decimal, ...priceElementFields },
  { additionalProperties: false },
);
export type CreatePriceElementRequest = Static<typeof CreatePriceElementRequest>;
export const UpdatePriceElementRequest = Type.Object(
  { name: Type.Optional(Name), unitPrice: Type.Optional(Decimal), ...priceElementFields },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdatePriceElementRequest = Static<typeof UpdatePriceElementRequest>;

export const PriceElement = Type.Object({
  id: Uuid,
  contractId: Uuid,
  name: Type.String(),
  ...responseSchemas(PRICE_ELEMENT_FIELDS),
  unitCode: Type.String(),
  unitPrice: Decimal,
  payingUnitIds: Type.Array(Uuid),
  createdAt: Instant,
  updatedAt: Instant,
});
export type PriceElement = Static<typeof PriceElement>;

/** An option's fields (CONTRACT_OPTION_FIELDS): a new option names its kind, a change sends what changes. */
export const CreateContractOptionRequest = Type.Object(createRequestSchemas(CONTRACT_OPTION_FIELDS), {
  additionalProperties: false,
});
export type CreateContractOptionRequest = Static<typeof CreateContractOptionRequest>;
export const UpdateContractOptionRequest = Type.Object(requestSchemas(CONTRACT_OPTION_FIELDS), {
  additionalProperties: false,
  minProperties: 1,
});
export type UpdateContractOptionRequest = Static<typeof UpdateContractOptionRequest>;

// Answers are written in the schema's key order, so `exercised` (derived) keeps its place before `exercisedOn`.
const { exercisedOn, ...optionFields } = responseSchemas(CONTRACT_OPTION_FIELDS);
export const ContractOption = Type.Object({
  id: Uuid,
  contractId: Uuid,
  ...optionFields,
  exercised: Type.Boolean({ description: 'At least one period (or the purchase) has been exercised' }),
  exercisedOn,
  createdAt: Instant,
  updatedAt: Instant,
});
export type ContractOption = Static<typeof ContractOption>;

export const ContractSummary = Type.Object({
  id: Uuid,
  number: Type.String(),
  name: Type.String(),
  status: ContractStatus,
});
export type ContractSummary = Static<typeof ContractSummary>;

export const DoublePurchaseReason = Type.Union([
  Type.Literal('same_supplier'),
  Type.Literal('same_system_and_element'),
  Type.Literal('same_supplier_and_element'),
]);
export const DoublePurchaseWarning = Type.Object({
  contract: ContractSummary,
  other: ContractSummary,
  reason: DoublePurchaseReason,
  agreementElements: Type.Array(OptionKey, { description: 'The agreement elements both contracts cover' }),
  overlapFrom: CalendarDate,
  overlapTo: Nullable(CalendarDate),
});
export type DoublePurchaseWarning = Static<typeof DoublePurchaseWarning>;

const OptionDeadline = Type.Object(
  { optionId: Uuid, period: Type.Integer(), deadline: CalendarDate, extendsTo: Nullable(CalendarDate) },
  { description: 'An unexercised option period with the last day to exercise it' },
);

export const ContractDetails = Type.Object({
  ...Contract.properties,
  parent: Nullable(ContractSummary),
  children: Type.Array(ContractSummary),
  priceElements: Type.Array(PriceElement),
  options: Type.Array(ContractOption),
  doublePurchaseWarnings: Type.Array(DoublePurchaseWarning),
  optionDeadlines: Type.Array(OptionDeadline, {
    description: 'Each unexercised option period with the last day to exercise it, earliest first',
  }),
  deadlineExplanation: Type.Array(Type.String(), { description: 'How the end and the notice date were found (Danish)' }),
});
export type ContractDetails = Static<typeof ContractDetails>;

/** A day to compute a contract's deadlines for (docs/deadlines.md, "A what-if day"). */
export const ContractDeadlinesQuery = Type.Object(
  {
    asOf: Type.Optional(CalendarDate),
  },
  { additionalProperties: false },
);
export type ContractDeadlinesQuery = Static<typeof ContractDeadlinesQuery>;

export const ContractDeadlinesPreview = Type.Object(
  {
    contractId: Uuid,
    asOf: CalendarDate,
    today: CalendarDate,
    preview: Type.Boolean({ description: 'asOf is another day than today: nothing here is stored' }),
    status: ContractStatus,
    endsOn: Nullable(CalendarDate),
    currentTermEnd: Nullable(CalendarDate),
    earliestEnd: Nullable(CalendarDate),
    latestNoticeDate: Nullable(CalendarDate),
    noticeIsDeadline: Type.Boolean({
      description: 'Missing the latest notice date locks the contract in, so it is an activity with reminders',
    }),
    nextPriceRegulation: Nullable(CalendarDate),
    irrevocableUntil: Nullable(CalendarDate),
    optionDeadlines: Type.Array(OptionDeadline, { description: 'Earliest first' }),
    activities: Type.Array(
      Type.Object({
        key: Type.String({ description: 'expiry, notice_deadline, option:<option id>, price_regulation or irrevocable_end' }),
        type: Literals(DERIVED_ACTIVITY_TYPES),
        dueOn: CalendarDate,
        optionId: Nullable(Uuid),
      }),
      { description: 'The activities the deadlines call for on asOf, one per key (docs/deadlines.md, "Derived activities")' },
    ),
    explanation: Type.Array(Type.String(), { description: 'How the end and the notice date were found (Danish)' }),
  },
  {
    description:
      "A contract's deadlines, option deadlines and derived activities as they stand on asOf, computed from its terms; nothing is stored",
  },
);
export type ContractDeadlinesPreview = Static<typeof ContractDeadlinesPreview>;

export const ContractSort = Literals(CONTRACT_SORTS as unknown as readonly [CoreContractSort], {
  description: 'Column to sort by; a leading - sorts descending',
});
export type ContractSort = Static<typeof ContractSort>;

export const ContractQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the contract number, name or system name' })),
    supplierId: Type.Optional(Uuid),
    contractType: Type.Optional(OptionKey),
    status: Type.Optional(ContractStatus),
    responsibleUserId: Type.Optional(Uuid),
    unitId: Type.Optional(Uuid),
    agreementElement: Type.Optional(OptionKey),
    tag: Type.Optional(Type.String({ maxLength: 50 })),
    endsWithinDays: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 36_500, description: 'Only contracts that end within this many days from today' }),
    ),
    noticeWithinDays: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 36_500,
        description: 'Only contracts whose latest notice date is from today through this many days ahead',
      }),
    ),
    parentId: Type.Optional(Uuid),
    changedSince: Type.Optional(Instant),
    sort: Type.Optional(ContractSort),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  },
  { additionalProperties: false },
);
export type ContractQuery = Static<typeof ContractQuery>;

export const ContractPage = Type.Object({ items: Type.Array(Contract), total: Type.Integer() });
export type ContractPage = Static<typeof ContractPage>;

export const ContractParams = Type.Object({ organisationId: Uuid, contractId: Uuid }, { additionalProperties: false });
export const PriceElementParams = Type.Object(
  { organisationId: Uuid, contractId: Uuid, priceElementId: Uuid },
  { additionalProperties: false },
);
export const ContractOptionParams = Type.Object(
  { organisationId: Uuid, contractId: Uuid, optionId: Uuid },
  { additionalProperties: false },
);

/** Sync lists for integrations: every price element / option of the organisation, changed since an instant. */
export const ChildListQuery = Type.Object(
  {
    contractId: Type.Optional(Uuid),
    changedSince: Type.Optional(Instant),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  },
  { additionalProperties: false },
);
export type ChildListQuery = Static<typeof ChildListQuery>;
export const PriceElementPage = Type.Object({ items: Type.Array(PriceElement), total: Type.Integer() });
export type PriceElementPage = Static<typeof PriceElementPage>;
export const ContractOptionPage = Type.Object({ items: Type.Array(ContractOption), total: Type.Integer() });
export type ContractOptionPage = Static<typeof ContractOptionPage>;

export const DoublePurchaseReport = Type.Object({ items: Type.Array(DoublePurchaseWarning) });
export type DoublePurchaseReport = Static<typeof DoublePurchaseReport>;

/** Money totals of a supplier's contracts. */
export const SupplierCommitment = Type.Object({
  contractCount: Type.Integer(),
  activeContractCount: Type.Integer(),
  annual: Money,
  remaining: Money,
  remainingOpenEnded: Type.Integer({
    description: 'Active contracts without an end date, whose remaining commitment is not included in remaining',
  }),
});
export type SupplierCommitment = Static<typeof SupplierCommitment>;
