import {
  CRITICALITIES,
  FOLLOW_UP_KINDS,
  FOLLOW_UP_RECURRENCES,
  MAX_FACTOR_WEIGHT,
  SEGMENT_AXES,
  SEGMENT_FACTOR_NAMES,
  SEGMENTS,
  type SegmentFactor,
} from '@overblik/core';
import Type, { type Static } from 'typebox';
import { Literals, Nullable, Uuid } from './common.js';
import { OptionKey } from './option-lists.js';
import { Amount, CalendarDate, Decimal, Money } from './values.js';

/** Supplier segmentation (leverandørsegmentering) and the follow-up regime (issue 18). */

export const SegmentKey = Literals(SEGMENTS, {
  description: 'The Kraljic quadrant: strategic (strategisk), bottleneck (flaskehals), leverage (løftestang), routine (rutine)',
});
export type SegmentKey = Static<typeof SegmentKey>;
export const SegmentFactorName = Literals(SEGMENT_FACTOR_NAMES);
const Criticality = Literals(CRITICALITIES);
const Score = Type.Integer({ minimum: 0, maximum: 100, description: 'From 0 to 100' });

export const FactorReason = Type.Object(
  {
    factor: SegmentFactorName,
    axis: Literals(SEGMENT_AXES),
    weight: Type.Integer({ minimum: 0, maximum: MAX_FACTOR_WEIGHT }),
    score: Nullable(Type.Integer({ minimum: 0, maximum: 100, description: 'The factor on its own, 0–100; null: not judged' })),
    contractSpend: Type.Optional(Money),
    invoiceSpend: Type.Optional(Nullable(Money)),
    fullSpend: Type.Optional(Money),
    otherCurrencies: Type.Optional(Type.Integer({ minimum: 0 })),
    highest: Type.Optional(Nullable(Criticality)),
    societallyCritical: Type.Optional(Type.Boolean()),
    contract: Type.Optional(Nullable(Type.String({ description: 'Number and name of the contract the fact is about' }))),
    signs: Type.Optional(Type.Array(Literals(['noExitClause', 'noDataReturn', 'poorTransferability']))),
    category: Type.Optional(Nullable(OptionKey)),
    categoryLabel: Type.Optional(Nullable(Type.String())),
    sharePercent: Type.Optional(Nullable(Decimal)),
    count: Type.Optional(Type.Integer({ minimum: 0 })),
    manyContracts: Type.Optional(Type.Integer({ minimum: 1 })),
    yes: Type.Optional(Type.Integer({ minimum: 0 })),
    unknown: Type.Optional(Type.Integer({ minimum: 0 })),
    checked: Type.Optional(Type.Integer({ minimum: 0 })),
    deviating: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { description: 'Why a factor scored what it did: the facts it was judged on (the fields its factor uses)' },
);
export type FactorReason = Static<typeof FactorReason>;

export const SegmentProposal = Type.Object({
  importance: Score,
  supplyRisk: Score,
  segment: SegmentKey,
  factors: Type.Array(FactorReason),
});
export type SegmentProposal = Static<typeof SegmentProposal>;

export const SegmentPlacement = Type.Object({
  id: Uuid,
  supplierId: Uuid,
  contractId: Nullable(Uuid),
  segment: SegmentKey,
  importance: Score,
  supplyRisk: Score,
  proposedSegment: SegmentKey,
  overridden: Type.Boolean({ description: 'The person chose another segment than the one proposed' }),
  reason: Nullable(Type.String()),
  confirmedBy: Type.String({ description: 'Who confirmed the placement' }),
  confirmedOn: CalendarDate,
  reasons: Type.Array(FactorReason, { description: 'The proposal as it was when the placement was confirmed' }),
});
export type SegmentPlacement = Static<typeof SegmentPlacement>;

const FollowUpKind = Literals(FOLLOW_UP_KINDS, {
  description: 'An activity type: status_meeting, supplier_evaluation, strategic_meeting',
});
const FollowUpRecurrence = Literals(FOLLOW_UP_RECURRENCES);
export const FollowUp = Type.Object({ kind: FollowUpKind, recurrence: FollowUpRecurrence }, { additionalProperties: false });

export const SegmentMatrixItem = Type.Object({
  supplierId: Uuid,
  supplierName: Type.String(),
  activeContracts: Type.Integer({ minimum: 0 }),
  proposal: Type.Object({ importance: Score, supplyRisk: Score, segment: SegmentKey }),
  placement: Nullable(
    Type.Object({
      segment: SegmentKey,
      importance: Score,
      supplyRisk: Score,
      overridden: Type.Boolean(),
      confirmedOn: CalendarDate,
      confirmedBy: Type.String(),
    }),
  ),
  differs: Type.Boolean({ description: 'Placed, and the proposal now names another segment' }),
});
export type SegmentMatrixItem = Static<typeof SegmentMatrixItem>;

const Regime = Type.Object(
  Object.fromEntries(SEGMENTS.map((s) => [s, Type.Array(FollowUp, { maxItems: FOLLOW_UP_KINDS.length })])) as Record<
    (typeof SEGMENTS)[number],
    Type.TArray<typeof FollowUp>
  >,
  { additionalProperties: false },
);
const SegmentLabels = Type.Object(
  Object.fromEntries(SEGMENTS.map((s) => [s, Type.String({ minLength: 1, maxLength: 60 })])) as Record<
    (typeof SEGMENTS)[number],
    Type.TString
  >,
  {
    additionalProperties: false,
    description: "The segments' names in the organisation (its own, or the defaults in the reader's language)",
  },
);
const Weights = Type.Object(
  Object.fromEntries(SEGMENT_FACTOR_NAMES.map((f) => [f, Type.Integer({ minimum: 0, maximum: MAX_FACTOR_WEIGHT })])) as Record<
    SegmentFactor,
    Type.TInteger
  >,
  { additionalProperties: false },
);

export const SegmentSettings = Type.Object({
  weights: Weights,
  fullSpend: Money,
  manyContracts: Type.Integer({ minimum: 1, maximum: 1000 }),
  highFrom: Type.Integer({ minimum: 1, maximum: 100 }),
  segmentLabels: SegmentLabels,
  regime: Regime,
  placeContracts: Type.Boolean({ description: 'Contracts are placed one by one too' }),
  isDefault: Type.Boolean({ description: 'The organisation has not changed the defaults' }),
});
export type SegmentSettings = Static<typeof SegmentSettings>;

export const UpdateSegmentSettingsRequest = Type.Partial(
  Type.Object({
    weights: Type.Partial(Weights),
    fullSpend: Amount,
    manyContracts: Type.Integer({ minimum: 1, maximum: 1000 }),
    highFrom: Type.Integer({ minimum: 1, maximum: 100 }),
    segmentLabels: Type.Partial(
      Type.Object(
        Object.fromEntries(SEGMENTS.map((s) => [s, Nullable(Type.String({ maxLength: 60 }))])) as Record<
          (typeof SEGMENTS)[number],
          ReturnType<typeof Nullable<Type.TString>>
        >,
      ),
      { additionalProperties: false, description: 'A name per segment; null or empty gives the default back' },
    ),
    regime: Type.Partial(Regime, { additionalProperties: false }),
    placeContracts: Type.Boolean(),
  }),
  { additionalProperties: false, minProperties: 1, description: 'PATCH: what is left out stays as it is' },
);
export type UpdateSegmentSettingsRequest = Static<typeof UpdateSegmentSettingsRequest>;

export const SegmentMatrix = Type.Object({
  settings: SegmentSettings,
  counts: Type.Object(
    Object.fromEntries(SEGMENTS.map((s) => [s, Type.Integer({ minimum: 0 })])) as Record<
      (typeof SEGMENTS)[number],
      Type.TInteger
    >,
    {
      description: 'Confirmed placements per segment',
    },
  ),
  unplaced: Type.Integer({ minimum: 0 }),
  differing: Type.Integer({ minimum: 0 }),
  items: Type.Array(SegmentMatrixItem),
});
export type SegmentMatrix = Static<typeof SegmentMatrix>;

export const SegmentQuery = Type.Object(
  {
    segment: Type.Optional(SegmentKey),
    placed: Type.Optional(Type.Boolean({ description: 'true: placed suppliers only; false: those not yet placed' })),
    differs: Type.Optional(Type.Boolean({ description: 'true: placed suppliers whose proposal now differs' })),
  },
  { additionalProperties: false },
);
export type SegmentQuery = Static<typeof SegmentQuery>;

export const SegmentExportQuery = Type.Object(
  {
    format: Type.Optional(Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], { default: 'xlsx' })),
    segment: Type.Optional(SegmentKey),
  },
  { additionalProperties: false },
);
export type SegmentExportQuery = Static<typeof SegmentExportQuery>;

export const RegimeActivity = Type.Object({
  activityId: Uuid,
  kind: FollowUpKind,
  recurrence: Type.String(),
  dueOn: CalendarDate,
});

export const ContractSegmentation = Type.Object({
  contractId: Uuid,
  number: Type.String(),
  name: Type.String(),
  proposal: SegmentProposal,
  placement: Nullable(SegmentPlacement),
  differs: Type.Boolean(),
});

export const SupplierSegmentation = Type.Object({
  supplierId: Uuid,
  supplierName: Type.String(),
  segmentLabels: SegmentLabels,
  proposal: SegmentProposal,
  placement: Nullable(SegmentPlacement),
  differs: Type.Boolean(),
  followUps: Type.Array(RegimeActivity, { description: "The follow-up regime's activities on the supplier" }),
  contracts: Type.Array(ContractSegmentation, {
    description: 'Each active contract, when the organisation places contracts too',
  }),
});
export type SupplierSegmentation = Static<typeof SupplierSegmentation>;

export const ConfirmSegmentRequest = Type.Object(
  {
    segment: SegmentKey,
    reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    contractId: Type.Optional(Uuid),
  },
  {
    additionalProperties: false,
    description:
      "Confirms the proposed segment or chooses another (then reason is required). With contractId the placement is the contract's; otherwise the supplier's, which sets its follow-up regime.",
  },
);
export type ConfirmSegmentRequest = Static<typeof ConfirmSegmentRequest>;

export const SegmentPlacementQuery = Type.Object({ contractId: Type.Optional(Uuid) }, { additionalProperties: false });
