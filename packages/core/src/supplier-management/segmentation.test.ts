import { describe, expect, it } from 'vitest';
import { ratio } from '../money/ratio.js';
import {
  axisScore,
  categoryTotals,
  DEFAULT_SEGMENTATION_RULES,
  type FactorScore,
  lockInSigns,
  proposeSegment,
  type SegmentContract,
  type SegmentFacts,
  segmentOf,
} from './segmentation.js';

const contract = (over: Partial<SegmentContract> = {}): SegmentContract => ({
  number: 'K-1',
  name: 'Økonomisystem',
  annualCost: 0n,
  currency: 'DKK',
  categories: ['drift'],
  criticality: null,
  societallyCritical: false,
  exitClause: 'Exitplan i bilag 12',
  dataReturn: 'Data leveres tilbage som CSV',
  transferability: 'easy',
  personalData: 'no',
  ...over,
});

const facts = (over: Partial<SegmentFacts> = {}): SegmentFacts => ({
  contracts: [contract()],
  approvedInvoiceSpend: null,
  checkedInvoices: 0,
  deviatingInvoices: 0,
  categoryTotals: new Map(),
  ...over,
});

const factor = (p: ReturnType<typeof proposeSegment>, name: FactorScore['factor']) => {
  const f = p.factors.find((x) => x.factor === name);
  if (!f) throw new Error(name);
  return f;
};

describe('the Kraljic quadrant', () => {
  it.each([
    [true, true, 'strategic'],
    [false, true, 'bottleneck'],
    [true, false, 'leverage'],
    [false, false, 'routine'],
  ] as const)('Given importance high %s and supply risk high %s, then the segment is %s', (i, r, segment) => {
    expect(segmentOf(i, r)).toBe(segment);
  });
});

describe('an axis score', () => {
  const f = (axis: 'importance' | 'supplyRisk', weight: number, value: ReturnType<typeof ratio> | null): FactorScore => ({
    factor: 'annualSpend',
    axis,
    weight,
    value,
    facts: { factor: 'dependentContracts', count: 0, manyContracts: 5 },
  });
  it('is the weighted mean times 100, halves rounded up', () => {
    // (3 × 1/3 + 1 × 1/2) / 4 = 0.375 → 37.5 → 38
    expect(axisScore([f('importance', 3, ratio(1, 3)), f('importance', 1, ratio(1, 2))], 'importance')).toBe(38);
  });
  it('leaves out factors it cannot judge, factors of weight 0 and the other axis', () => {
    expect(
      axisScore(
        [f('importance', 2, ratio(1)), f('importance', 5, null), f('importance', 0, ratio(0)), f('supplyRisk', 9, ratio(0))],
        'importance',
      ),
    ).toBe(100);
  });
  it('is 0 when nothing is judged', () => {
    expect(axisScore([f('importance', 3, null)], 'importance')).toBe(0);
  });
});

describe('the proposal', () => {
  it('Given a large, critical supplier with lock-in in a category it dominates, then it is strategic, with its reasons', () => {
    const p = proposeSegment(
      facts({
        contracts: [
          contract({
            annualCost: 120_000_000n,
            criticality: 'kritisk',
            exitClause: null,
            dataReturn: ' ',
            transferability: 'difficult',
            personalData: 'yes',
          }),
        ],
        checkedInvoices: 4,
        deviatingInvoices: 1,
        categoryTotals: new Map([['drift', 150_000_000n]]),
      }),
    );
    expect(p.segment).toBe('strategic');
    expect(p.importance).toBe(100);
    // (3 × 1 + 2 × 4/5 + 1 × 1/5 + 2 × 1 + 2 × 1/4) / 10 = 7.3 / 10
    expect(p.supplyRisk).toBe(73);
    expect(factor(p, 'lockIn').facts).toEqual({
      factor: 'lockIn',
      contract: 'K-1 Økonomisystem',
      signs: ['noExitClause', 'noDataReturn', 'poorTransferability'],
    });
    expect(factor(p, 'categoryShare').facts).toEqual({ factor: 'categoryShare', category: 'drift', share: ratio(4, 5) });
  });

  it('Given a small supplier without risks, then it is routine', () => {
    const p = proposeSegment(facts({ contracts: [contract({ annualCost: 2_000_000n, criticality: 'lav' })] }));
    expect(p.segment).toBe('routine');
  });

  it('Given a cheap but critical supplier with lock-in, then it is a bottleneck', () => {
    const p = proposeSegment(
      facts({
        contracts: [
          contract({
            annualCost: 1_000_000n,
            criticality: 'middel',
            exitClause: null,
            dataReturn: null,
            transferability: 'difficult',
            personalData: 'yes',
          }),
        ],
      }),
    );
    expect(p.segment).toBe('bottleneck');
  });

  it('Given approved invoices above the contracts’ annual cost, then the invoices count', () => {
    const p = proposeSegment(facts({ contracts: [contract({ annualCost: 10_000_000n })], approvedInvoiceSpend: 80_000_000n }));
    expect(factor(p, 'annualSpend').value).toEqual(ratio(4, 5));
    expect(factor(p, 'annualSpend').facts).toMatchObject({ contractSpend: 10_000_000n, invoiceSpend: 80_000_000n });
  });

  it('Given an amount in euro, then it is not counted as kroner and the reasons say so', () => {
    const p = proposeSegment(facts({ contracts: [contract({ annualCost: 50_000_000n, currency: 'EUR' })] }));
    expect(factor(p, 'annualSpend').value).toBeNull();
    expect(factor(p, 'annualSpend').facts).toMatchObject({ otherCurrencies: 1 });
  });

  it('Given a societally critical contract of low criticality, then the criticality counts in full', () => {
    const p = proposeSegment(facts({ contracts: [contract({ criticality: 'lav', societallyCritical: true })] }));
    expect(factor(p, 'criticality').value).toEqual(ratio(1));
    expect(factor(p, 'criticality').facts).toMatchObject({ societallyCritical: true, highest: 'lav' });
  });

  it('Given no contracts, then only the number of contracts is judged and the supplier is routine', () => {
    const p = proposeSegment(facts({ contracts: [] }));
    expect(p.factors.filter((f) => f.value !== null).map((f) => f.factor)).toEqual(['dependentContracts']);
    expect(p).toMatchObject({ importance: 0, supplyRisk: 0, segment: 'routine' });
  });

  it('Given the organisation’s weights, then a factor of weight 0 does not count', () => {
    const weights = { ...DEFAULT_SEGMENTATION_RULES.weights, annualSpend: 0 };
    const p = proposeSegment(facts({ contracts: [contract({ annualCost: 500_000_000n, criticality: 'lav' })] }), {
      ...DEFAULT_SEGMENTATION_RULES,
      weights,
    });
    expect(p.importance).toBe(0);
  });

  it('Given a score exactly at the threshold, then it is high', () => {
    // Spend 500 000 kr of 1 000 000: 1/2; criticality middel 1/3 → (3/2 + 1) / 6 = 5/12 → 42; with hoej (3/2 + 2)/6 → 58
    const p = proposeSegment(facts({ contracts: [contract({ annualCost: 50_000_000n, criticality: 'hoej' })] }), {
      ...DEFAULT_SEGMENTATION_RULES,
      highFrom: 58,
    });
    expect(p.importance).toBe(58);
    expect(p.segment).toBe('leverage');
  });
});

describe('the spend per category', () => {
  it('counts a contract in full in each of its categories, kroner only, and a category once per contract', () => {
    const totals = categoryTotals([
      contract({ annualCost: 100n, categories: ['licens', 'drift', 'drift'] }),
      contract({ annualCost: 50n, categories: ['drift'] }),
      contract({ annualCost: 70n, categories: ['drift'], currency: 'EUR' }),
      contract({ annualCost: null, categories: ['udvikling'] }),
    ]);
    expect(Object.fromEntries(totals)).toEqual({ licens: 100n, drift: 150n });
  });

  it('weighs the largest share the supplier has of a category', () => {
    const p = proposeSegment(
      facts({
        contracts: [contract({ annualCost: 30n, categories: ['licens', 'support'] })],
        categoryTotals: new Map([
          ['licens', 300n],
          ['support', 40n],
        ]),
      }),
    );
    expect(factor(p, 'categoryShare').facts).toEqual({ factor: 'categoryShare', category: 'support', share: ratio(3, 4) });
  });
});

describe('signs of lock-in', () => {
  it.each([
    [{}, []],
    [{ exitClause: null }, ['noExitClause']],
    [{ dataReturn: '  ' }, ['noDataReturn']],
    [{ transferability: 'moderate' as const }, []],
    [{ transferability: 'difficult' as const, exitClause: '' }, ['noExitClause', 'poorTransferability']],
  ])('Given %j, then the signs are %j', (over, signs) => {
    expect(lockInSigns(contract(over))).toEqual(signs);
  });
});
