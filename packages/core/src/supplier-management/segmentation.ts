import type { Ore } from '../money/ore.js';
import { addRatio, minRatio, multiplyRatio, RATIO_ONE, RATIO_ZERO, type Ratio, ratio, roundRatio } from '../money/ratio.js';
import type { Criticality } from '../register/criticality.js';
import { highestCriticality } from '../register/criticality.js';
import type { EnumLabels, Label } from '../register/fields.js';

/**
 * Supplier segmentation (leverandørsegmentering, Drejebog level 2; issue 18): each supplier (and, where the
 * organisation wants it, each contract) is placed in a Kraljic matrix by its importance to the organisation and its
 * supply risk. The product proposes a placement from what the register knows, with its reasons; a person confirms
 * it or overrides it with a reason. The rules, with examples, are in docs/supplier-management.md.
 *
 * Each factor gives a value from 0 to 1 (how strongly it points to "high") on one axis; an axis's score is the
 * weighted mean of its factors' values, times 100, rounded to a whole number (halves up). A factor the register
 * cannot judge (no data) is left out of the mean, and the reasons say so. All arithmetic is exact (fractions of
 * integers); amounts are øre.
 */

export const SEGMENTS = ['strategic', 'bottleneck', 'leverage', 'routine'] as const;
export type Segment = (typeof SEGMENTS)[number];

/** The Kraljic quadrants' default names; an organisation may rename them (its settings). */
export const SEGMENT_LABELS: EnumLabels<Segment> = {
  strategic: { da: 'Strategisk', en: 'Strategic' },
  bottleneck: { da: 'Flaskehals', en: 'Bottleneck' },
  leverage: { da: 'Løftestang', en: 'Leverage' },
  routine: { da: 'Rutine', en: 'Routine' },
};

export const SEGMENT_AXES = ['importance', 'supplyRisk'] as const;
export type SegmentAxis = (typeof SEGMENT_AXES)[number];

export const SEGMENT_AXIS_LABELS: Record<SegmentAxis, Label> = {
  importance: { da: 'Betydning', en: 'Importance' },
  supplyRisk: { da: 'Forsyningsrisiko', en: 'Supply risk' },
};

/** High importance and high risk: strategic; low importance, high risk: bottleneck; high, low: leverage; else routine. */
export function segmentOf(importanceHigh: boolean, supplyRiskHigh: boolean): Segment {
  if (importanceHigh) return supplyRiskHigh ? 'strategic' : 'leverage';
  return supplyRiskHigh ? 'bottleneck' : 'routine';
}

/** The matrix's cell of a segment: whether its importance and its supply risk are high. */
export function quadrantOf(segment: Segment): { importanceHigh: boolean; supplyRiskHigh: boolean } {
  return {
    importanceHigh: segment === 'strategic' || segment === 'leverage',
    supplyRiskHigh: segment === 'strategic' || segment === 'bottleneck',
  };
}

/**
 * The factors the proposal weighs (in the order the reasons list them), each on one axis, with its default weight
 * (0–10). Part 2 of supplier management (evaluations, service-level breaches) adds its factors here.
 */
export const SEGMENT_FACTOR_NAMES = [
  'annualSpend',
  'criticality',
  'lockIn',
  'categoryShare',
  'dependentContracts',
  'personalData',
  'invoiceDeviations',
] as const;
export type SegmentFactor = (typeof SEGMENT_FACTOR_NAMES)[number];

export const SEGMENT_FACTORS = {
  annualSpend: {
    axis: 'importance',
    defaultWeight: 3,
    label: { da: 'Årligt forbrug hos leverandøren', en: 'Annual spend with the supplier' },
  },
  criticality: {
    axis: 'importance',
    defaultWeight: 3,
    label: { da: 'Højeste kritikalitet af kontrakterne', en: 'Highest criticality of the contracts' },
  },
  lockIn: {
    axis: 'supplyRisk',
    defaultWeight: 3,
    label: { da: 'Tegn på binding til leverandøren', en: 'Signs of lock-in' },
  },
  categoryShare: {
    axis: 'supplyRisk',
    defaultWeight: 2,
    label: { da: 'Andel af organisationens forbrug i kategorien', en: "Share of the organisation's spend in the category" },
  },
  dependentContracts: {
    axis: 'supplyRisk',
    defaultWeight: 1,
    label: { da: 'Antal kontrakter, der afhænger af leverandøren', en: 'Number of contracts that depend on the supplier' },
  },
  personalData: {
    axis: 'supplyRisk',
    defaultWeight: 2,
    label: { da: 'Behandling af personoplysninger', en: 'Processing of personal data' },
  },
  invoiceDeviations: {
    axis: 'supplyRisk',
    defaultWeight: 2,
    label: { da: 'Andel af fakturaer med afvigelser', en: 'Share of invoices with deviations' },
  },
} as const satisfies Record<SegmentFactor, { axis: SegmentAxis; defaultWeight: number; label: Label }>;

export const MAX_FACTOR_WEIGHT = 10;

/** An organisation's choices for the proposal (its settings; these are the defaults). */
export type SegmentationRules = {
  weights: Record<SegmentFactor, number>;
  /** The annual spend (øre) that counts as fully important; less counts in proportion. */
  fullSpend: Ore;
  /** The number of active contracts with one supplier that counts as fully dependent. */
  manyContracts: number;
  /** A score (0–100) at or above this is high, on both axes. */
  highFrom: number;
};

export const DEFAULT_SEGMENTATION_RULES: SegmentationRules = {
  weights: Object.fromEntries(SEGMENT_FACTOR_NAMES.map((f) => [f, SEGMENT_FACTORS[f].defaultWeight])) as Record<
    SegmentFactor,
    number
  >,
  fullSpend: 100_000_000n, // 1 000 000 kr a year
  manyContracts: 5,
  highFrom: 50,
};

/** What the register knows of one contract, as far as the proposal is concerned (active contracts only). */
export type SegmentContract = {
  number: string;
  name: string;
  /** The yearly amount in øre, in the contract's currency; null when not entered. */
  annualCost: Ore | null;
  currency: string;
  /**
   * The categories whose spend share is weighed: the contract's agreement elements (licens, drift, udvikling …, the
   * Drejebog's categories), keys of the `agreement_element` list. A contract counts in full in each of its categories.
   */
  categories: readonly string[];
  criticality: Criticality | null;
  societallyCritical: boolean;
  exitClause: string | null;
  dataReturn: string | null;
  transferability: 'easy' | 'moderate' | 'difficult' | null;
  personalData: 'yes' | 'no' | 'unknown' | null;
};

/** What the proposal is computed from: a supplier's (or one contract's) facts and the organisation's totals. */
export type SegmentFacts = {
  /** The active contracts (with one contract for a contract's placement). */
  contracts: readonly SegmentContract[];
  /** Approved invoices of the last twelve months, in Danish kroner, net of credit notes (øre); null when none. */
  approvedInvoiceSpend: Ore | null;
  /** Invoices of the last twelve months that were checked, and those of them with a deviation (warning or error). */
  checkedInvoices: number;
  deviatingInvoices: number;
  /** The organisation's annual cost in Danish kroner per category, over all its active contracts (øre; `categoryTotals`). */
  categoryTotals: ReadonlyMap<string, Ore>;
};

/** Why a factor scored what it did: the facts, in a form the web app turns into a sentence. */
export type FactorFacts =
  | { factor: 'annualSpend'; contractSpend: Ore; invoiceSpend: Ore | null; fullSpend: Ore; otherCurrencies: number }
  | { factor: 'criticality'; highest: Criticality | null; societallyCritical: boolean; contract: string | null }
  | {
      factor: 'lockIn';
      /** The contract with the most signs, and its signs. */
      contract: string | null;
      signs: ReadonlyArray<'noExitClause' | 'noDataReturn' | 'poorTransferability'>;
    }
  | { factor: 'categoryShare'; category: string | null; share: Ratio | null }
  | { factor: 'dependentContracts'; count: number; manyContracts: number }
  | { factor: 'personalData'; yes: number; unknown: number }
  | { factor: 'invoiceDeviations'; checked: number; deviating: number };

export type FactorScore = {
  factor: SegmentFactor;
  axis: SegmentAxis;
  weight: number;
  /** From 0 to 1; null when the register cannot judge it (left out of the mean). */
  value: Ratio | null;
  facts: FactorFacts;
};

export type SegmentProposal = {
  importance: number;
  supplyRisk: number;
  segment: Segment;
  factors: FactorScore[];
};

const CRITICALITY_VALUE: Record<Criticality, Ratio> = {
  lav: RATIO_ZERO,
  middel: ratio(1, 3),
  hoej: ratio(2, 3),
  kritisk: RATIO_ONE,
};

const DKK = 'DKK';

function label(c: SegmentContract): string {
  return `${c.number} ${c.name}`;
}

function annualSpend(facts: SegmentFacts, rules: SegmentationRules): Omit<FactorScore, 'axis' | 'weight'> {
  const inKroner = facts.contracts.filter((c) => c.currency === DKK);
  const contractSpend = inKroner.reduce((sum, c) => sum + (c.annualCost ?? 0n), 0n);
  const otherCurrencies = facts.contracts.filter((c) => c.currency !== DKK && c.annualCost !== null).length;
  const invoiceSpend = facts.approvedInvoiceSpend;
  const known = inKroner.some((c) => c.annualCost !== null) || invoiceSpend !== null;
  const spend = invoiceSpend !== null && invoiceSpend > contractSpend ? invoiceSpend : contractSpend;
  const positive = spend > 0n ? spend : 0n;
  const value = known ? minRatio(ratio(positive, rules.fullSpend > 0n ? rules.fullSpend : 1n), RATIO_ONE) : null;
  return {
    factor: 'annualSpend',
    value,
    facts: { factor: 'annualSpend', contractSpend, invoiceSpend, fullSpend: rules.fullSpend, otherCurrencies },
  };
}

function criticality(facts: SegmentFacts): Omit<FactorScore, 'axis' | 'weight'> {
  const highest = highestCriticality(facts.contracts.map((c) => c.criticality));
  const societal = facts.contracts.find((c) => c.societallyCritical);
  const top = highest === null ? undefined : facts.contracts.find((c) => c.criticality === highest);
  const value = societal ? RATIO_ONE : highest === null ? null : CRITICALITY_VALUE[highest];
  return {
    factor: 'criticality',
    value,
    facts: {
      factor: 'criticality',
      highest,
      societallyCritical: societal !== undefined,
      contract: societal ? label(societal) : top ? label(top) : null,
    },
  };
}

/** The organisation's annual cost in kroner per category: each active contract in full in each of its categories. */
export function categoryTotals(contracts: readonly SegmentContract[]): Map<string, Ore> {
  const totals = new Map<string, Ore>();
  for (const c of contracts) {
    if (c.currency !== DKK || c.annualCost === null || c.annualCost <= 0n) continue;
    for (const category of new Set(c.categories)) totals.set(category, (totals.get(category) ?? 0n) + c.annualCost);
  }
  return totals;
}

/** A contract's signs of lock-in: no exit terms, no terms for returning data, transfer assessed as difficult. */
export function lockInSigns(c: SegmentContract): Array<'noExitClause' | 'noDataReturn' | 'poorTransferability'> {
  const signs: Array<'noExitClause' | 'noDataReturn' | 'poorTransferability'> = [];
  if (!c.exitClause?.trim()) signs.push('noExitClause');
  if (!c.dataReturn?.trim()) signs.push('noDataReturn');
  if (c.transferability === 'difficult') signs.push('poorTransferability');
  return signs;
}

function lockIn(facts: SegmentFacts): Omit<FactorScore, 'axis' | 'weight'> {
  let worst: { contract: SegmentContract; signs: ReturnType<typeof lockInSigns> } | null = null;
  for (const contract of facts.contracts) {
    const signs = lockInSigns(contract);
    if (worst === null || signs.length > worst.signs.length) worst = { contract, signs };
  }
  return {
    factor: 'lockIn',
    value: worst === null ? null : ratio(worst.signs.length, 3),
    facts: { factor: 'lockIn', contract: worst ? label(worst.contract) : null, signs: worst?.signs ?? [] },
  };
}

function categoryShare(facts: SegmentFacts): Omit<FactorScore, 'axis' | 'weight'> {
  const own = new Map<string, bigint>();
  for (const c of facts.contracts) {
    if (c.currency !== DKK || c.annualCost === null || c.annualCost <= 0n) continue;
    for (const category of new Set(c.categories)) own.set(category, (own.get(category) ?? 0n) + c.annualCost);
  }
  let best: { category: string; share: Ratio } | null = null;
  for (const [category, amount] of own) {
    const total = facts.categoryTotals.get(category) ?? 0n;
    if (total <= 0n) continue;
    const share = minRatio(ratio(amount, total), RATIO_ONE);
    if (best === null || share.n * best.share.d > best.share.n * share.d) best = { category, share };
  }
  return {
    factor: 'categoryShare',
    value: best?.share ?? null,
    facts: { factor: 'categoryShare', category: best?.category ?? null, share: best?.share ?? null },
  };
}

function dependentContracts(facts: SegmentFacts, rules: SegmentationRules): Omit<FactorScore, 'axis' | 'weight'> {
  const count = facts.contracts.length;
  const many = Math.max(1, rules.manyContracts);
  return {
    factor: 'dependentContracts',
    value: minRatio(ratio(count, many), RATIO_ONE),
    facts: { factor: 'dependentContracts', count, manyContracts: many },
  };
}

function personalData(facts: SegmentFacts): Omit<FactorScore, 'axis' | 'weight'> {
  const yes = facts.contracts.filter((c) => c.personalData === 'yes').length;
  const unknown = facts.contracts.filter((c) => c.personalData === 'unknown').length;
  const known = facts.contracts.some((c) => c.personalData !== null);
  const value = !known ? null : yes > 0 ? RATIO_ONE : unknown > 0 ? ratio(1, 2) : RATIO_ZERO;
  return { factor: 'personalData', value, facts: { factor: 'personalData', yes, unknown } };
}

function invoiceDeviations(facts: SegmentFacts): Omit<FactorScore, 'axis' | 'weight'> {
  const { checkedInvoices: checked, deviatingInvoices: deviating } = facts;
  return {
    factor: 'invoiceDeviations',
    value: checked > 0 ? minRatio(ratio(deviating, checked), RATIO_ONE) : null,
    facts: { factor: 'invoiceDeviations', checked, deviating },
  };
}

/** The weighted mean of the judged factors of an axis, times 100, rounded (halves up); 0 when none is judged. */
export function axisScore(factors: readonly FactorScore[], axis: SegmentAxis): number {
  let weights = 0n;
  let sum: Ratio = RATIO_ZERO;
  for (const f of factors) {
    if (f.axis !== axis || f.value === null || f.weight <= 0) continue;
    weights += BigInt(f.weight);
    sum = addRatio(sum, multiplyRatio(f.value, ratio(f.weight)));
  }
  if (weights === 0n) return 0;
  return Number(roundRatio(multiplyRatio(sum, ratio(100n, weights))));
}

/** The proposed placement of a supplier (or a contract) with the score of every factor. */
export function proposeSegment(facts: SegmentFacts, rules: SegmentationRules = DEFAULT_SEGMENTATION_RULES): SegmentProposal {
  const judged = [
    annualSpend(facts, rules),
    criticality(facts),
    lockIn(facts),
    categoryShare(facts),
    dependentContracts(facts, rules),
    personalData(facts),
    invoiceDeviations(facts),
  ];
  const factors: FactorScore[] = judged.map((f) => ({
    ...f,
    axis: SEGMENT_FACTORS[f.factor].axis,
    weight: rules.weights[f.factor] ?? 0,
  }));
  const importance = axisScore(factors, 'importance');
  const supplyRisk = axisScore(factors, 'supplyRisk');
  return {
    importance,
    supplyRisk,
    segment: segmentOf(importance >= rules.highFrom, supplyRisk >= rules.highFrom),
    factors,
  };
}
