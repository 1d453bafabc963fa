import { describe, expect, it } from 'vitest';
import { type Ratio, ratio, ratioToDecimal } from '../money/ratio.js';
import type { CalendarDate } from '../time/calendar-date.js';
import { type PenaltyRule, penaltyFor, periodFee, shortfall, stepsStarted } from './service-levels.js';

const d = (s: string) => s as CalendarDate;
const kr = (n: number) => ratio(BigInt(Math.round(n * 100)));
const text = (r: Ratio) => ratioToDecimal(r, 6);

describe('the shortfall below a target, exact', () => {
  it.each([
    ['99.5', '99.3', 'at_least', '0.200000'],
    ['99.5', '99.45', 'at_least', '0.050000'],
    ['99.5', '99.5', 'at_least', '0.000000'],
    ['99.5', '99.9', 'at_least', '0.000000'],
    ['2', '2.5', 'at_most', '0.500000'],
    ['2', '1,75', 'at_most', '0.000000'],
    ['95', '94.999', 'at_least', '0.001000'],
  ] as const)('Given target %s and measured %s (%s), the shortfall is %s', (target, measured, comparison, gap) => {
    expect(text(shortfall(target, measured, comparison))).toBe(gap);
  });

  it('is 0.2 exactly for 99.5 − 99.3, where a float gives 0.2000000000000028', () => {
    expect(99.5 - 99.3).not.toBe(0.2);
    expect(shortfall('99.5', '99.3', 'at_least')).toEqual(ratio(1, 5));
  });
});

describe('steps started', () => {
  it.each([
    ['0.2', '0.1', 2],
    ['0.05', '0.1', 1],
    ['0.1', '0.1', 1],
    ['0.11', '0.1', 2],
    ['0', '0.1', 0],
    ['1.5', '0.5', 3],
  ])('Given a shortfall of %s and a step of %s, %i steps are started', (gap, step, n) => {
    const [w, f = ''] = gap.split('.');
    expect(stepsStarted(ratio(BigInt(`${w}${f}`), 10n ** BigInt(f.length)), step)).toBe(n);
  });

  it('refuses a step of zero', () => {
    expect(() => stepsStarted(ratio(1), '0')).toThrow(RangeError);
  });
});

describe('the operations fee for a measured period', () => {
  it('takes a month of a monthly, a third of a quarterly and a twelfth of a yearly element; one-off prices are not fees', () => {
    const fee = periodFee(
      [
        { name: 'Drift', amount: kr(10_000), recurrence: 'monthly' },
        { name: 'Support', amount: kr(30_000), recurrence: 'quarterly' },
        { name: 'Licens', amount: kr(120_000), recurrence: 'yearly' },
        { name: 'Implementering', amount: kr(500_000), recurrence: 'one_off' },
      ],
      d('2027-02-01'),
      d('2027-02-28'),
    );
    expect(fee.total).toEqual(kr(30_000));
    expect(fee.parts.map((p) => p.name)).toEqual(['Drift', 'Support', 'Licens']);
  });

  it('takes part of a month by its days: 1–14 February 2024 is 14/29 of a monthly fee', () => {
    const fee = periodFee([{ name: 'Drift', amount: kr(10_000), recurrence: 'monthly' }], d('2024-02-01'), d('2024-02-14'));
    expect(fee.total).toEqual(ratio(1_000_000n * 14n, 29n));
  });

  it('takes a quarter of a monthly element as three months', () => {
    const fee = periodFee([{ name: 'Drift', amount: kr(10_000), recurrence: 'monthly' }], d('2027-01-01'), d('2027-03-31'));
    expect(fee.total).toEqual(kr(30_000));
  });
});

describe('the penalty', () => {
  const perStep = (capPercent: string | null = null): PenaltyRule => ({
    kind: 'percent_per_step',
    percentPerStep: '5',
    step: '0.1',
    capPercent,
  });

  it('Given availability 99.3 % against 99.5 % and 5 % of a 100 000 kr fee per started 0.1 point, then 10 000 kr', () => {
    const p = penaltyFor(perStep(), shortfall('99.5', '99.3', 'at_least'), kr(100_000));
    expect(p).toMatchObject({ steps: 2, capped: false, amount: 1_000_000n });
  });

  it('Given a shortfall of 0.05, then one step is started', () => {
    expect(penaltyFor(perStep(), shortfall('99.5', '99.45', 'at_least'), kr(100_000)).amount).toBe(500_000n);
  });

  it('Given 99.0 % (five steps, 25 %) and a cap of 15 % a period, then the cap: 15 000 kr', () => {
    const p = penaltyFor(perStep('15'), shortfall('99.5', '99.0', 'at_least'), kr(100_000));
    expect(p).toMatchObject({ steps: 5, capped: true, amount: 1_500_000n });
    expect(p.uncapped).toEqual(kr(25_000));
  });

  it('Given the target met, then no penalty', () => {
    expect(penaltyFor(perStep('15'), shortfall('99.5', '99.7', 'at_least'), kr(100_000))).toMatchObject({ steps: 0, amount: 0n });
  });

  it('Given a fee for part of a month, then the penalty is rounded once, to the øre, halves away from zero', () => {
    // 14/29 of 10 000 kr = 4 827.586206… kr; 2.5 % per step, one step: 120.689655… kr → 120.69 kr.
    const fee = periodFee([{ name: 'Drift', amount: kr(10_000), recurrence: 'monthly' }], d('2024-02-01'), d('2024-02-14'));
    const p = penaltyFor(
      { kind: 'percent_per_step', percentPerStep: '2.5', step: '0.1', capPercent: null },
      ratio(1, 10),
      fee.total,
    );
    expect(p.amount).toBe(12_069n);
  });

  it('Given a fixed amount per breach and a lower cap, then the cap; and nothing without a breach', () => {
    const rule: PenaltyRule = { kind: 'fixed_per_breach', amount: 500_000n, cap: 300_000n };
    expect(penaltyFor(rule, ratio(1, 2), kr(0))).toMatchObject({ steps: null, capped: true, amount: 300_000n });
    expect(penaltyFor(rule, ratio(0), kr(0)).amount).toBe(0n);
  });

  it('Given response time 2.5 hours against at most 2, 1 % per started half hour, then 1 % of the fee', () => {
    const p = penaltyFor(
      { kind: 'percent_per_step', percentPerStep: '1', step: '0.5', capPercent: null },
      shortfall('2', '2.5', 'at_most'),
      kr(45_000),
    );
    expect(p).toMatchObject({ steps: 1, amount: 45_000n });
  });
});
