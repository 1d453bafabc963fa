import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRatio, multiplyRatio, type Ratio, ratio, ratioToOre, subtractRatio } from '../money/ratio.js';
import type { CalendarDate } from '../time/calendar-date.js';
import { addDays, addMonths } from '../time/calendar-math.js';
import { budgetForecast, compareScenarios } from './forecast.js';
import { perInhabitantYearlyPrice } from './per-inhabitant.js';
import { type MemberPlan, type PlannedInvoice, planProject } from './plan.js';
import { CostProjectError, readCostProject } from './project.js';
import { type Json, KOMBIT_MODEL, member, plan, project } from './test-projects.js';

const only = (json: Json): MemberPlan => {
  const [first] = plan(json).members;
  if (!first) throw new Error('no member');
  return first;
};
const ofKind = (m: MemberPlan, kind: PlannedInvoice['kind']) => m.invoices.filter((i) => i.kind === kind);
const regular = (m: MemberPlan) => ofKind(m, 'regular');
const summary = (invoices: readonly PlannedInvoice[]) => invoices.map((i) => [i.date, i.start, i.end, i.amount]);
const sum = (values: readonly bigint[]) => values.reduce((a, b) => a + b, 0n);

/** Asserts that |a − b| < 1 øre for an exact amount b. */
const withinOneOre = (amount: bigint, exact: Ratio) => {
  const off = subtractRatio(ratio(amount), exact);
  expect(compareRatio(off, ratio(1)) < 0 && compareRatio(off, ratio(-1)) > 0).toBe(true);
};

describe('planProject: KOMBIT terms, price per inhabitant with kink', () => {
  it('given availability on 1 January, then invoices on 1 February and 1 September split the yearly price 181 : 184 days', () => {
    // 160.000 inhabitants: 150.000 × 25 kr. + 10.000 × 12,50 kr. = 3.875.000,00 kr. a year.
    // 387.500.000 øre × 181 / 365 = 192.157.534,25 → 192.157.534; the rest of the year 195.342.466 øre.
    const m = only(project());
    expect(summary(regular(m))).toEqual([
      ['2026-02-01', '2026-01-01', '2026-06-30', 192_157_534n],
      ['2026-09-01', '2026-07-01', '2026-12-31', 195_342_466n],
      ['2027-02-01', '2027-01-01', '2027-06-30', 192_157_534n],
      ['2027-09-01', '2027-07-01', '2027-12-31', 195_342_466n],
    ]);
    expect(m.totalsByYear).toEqual([
      { year: 2026, amount: 387_500_000n },
      { year: 2027, amount: 387_500_000n },
    ]);
    expect(m.paysFrom).toBe('2026-01-01');
    expect(m.paysUntil).toBe('2027-12-31');
  });

  it('given a population known only for 1 January 2026, then 2027 is priced with it and flagged as the latest known', () => {
    const [, , first2027] = regular(only(project()));
    const basis = first2027?.parts[0]?.basis;
    expect(basis?.kind).toBe('per_inhabitant');
    if (basis?.kind !== 'per_inhabitant') return;
    expect(basis.population).toEqual({ population: 160_000, date: '2026-01-01', pricedAsOf: '2027-01-01', latestKnown: true });
    expect(basis.yearlyPrice).toEqual(ratio(387_500_000));
  });

  it('given the population of 1 January of the invoicing year, then it is not flagged as the latest known', () => {
    const [first] = regular(only(project()));
    const basis = first?.parts[0]?.basis;
    if (basis?.kind !== 'per_inhabitant') throw new Error('expected a per-inhabitant basis');
    expect(basis.population.latestKnown).toBe(false);
  });

  it('given availability on 1 May, then one invoice on 1 September covers 1 May–31 December (245 of 365 days)', () => {
    // 100.000 × 25 kr. = 2.500.000,00 kr.; 250.000.000 − round(250.000.000 × 120/365 = 82.191.780,82) = 167.808.219 øre.
    const m = only(project({ members: [member('101', 100_000, { availableFrom: '2026-05-01' })] }));
    const [first] = regular(m);
    expect(summary(regular(m)).slice(0, 2)).toEqual([
      ['2026-09-01', '2026-05-01', '2026-12-31', 167_808_219n],
      ['2027-02-01', '2027-01-01', '2027-06-30', 123_972_603n], // 250.000.000 × 181/365 = 123.972.602,74
    ]);
    expect(first?.parts[0]).toMatchObject({ covered: 245, unit: 365 });
  });

  it('given availability on 15 October, then one invoice on 31 December covers 15 October–31 December (78 days)', () => {
    // 40.000 × 25 kr. = 1.000.000,00 kr.; 100.000.000 − round(100.000.000 × 287/365 = 78.630.136,99) = 21.369.863 øre.
    const m = only(project({ members: [member('101', 40_000, { availableFrom: '2026-10-15' })] }));
    expect(summary(regular(m))[0]).toEqual(['2026-12-31', '2026-10-15', '2026-12-31', 21_369_863n]);
    expect(regular(m)[0]?.parts[0]).toMatchObject({ covered: 78, unit: 365 });
    expect(m.paysFrom).toBe('2026-10-15');
  });

  it('given availability before the period starts, then payment starts with the period', () => {
    const m = only(project({ members: [member('101', 40_000, { availableFrom: '2025-06-01' })] }));
    expect(m.paysFrom).toBe('2026-01-01');
    expect(regular(m)[0]?.date).toBe('2026-02-01');
  });

  it('given availability after the period ends, then there are no invoices', () => {
    const m = only(project({ members: [member('101', 40_000, { availableFrom: '2028-03-01' })] }));
    expect(m.invoices).toEqual([]);
    expect(m.paysFrom).toBeNull();
    expect(m.total).toBe(0n);
  });

  it('given a pilot available on 1 March, then it pays from 1 May, on one invoice on 1 September', () => {
    const m = only(project({ members: [member('101', 100_000, { availableFrom: '2026-03-01', pilot: true })] }));
    expect(m.pilot).toBe(true);
    expect(m.paysFrom).toBe('2026-05-01');
    expect(summary(regular(m))[0]).toEqual(['2026-09-01', '2026-05-01', '2026-12-31', 167_808_219n]);
  });

  it('given a pilot available on 1 January, then it pays from 1 March and its first invoice is the September one', () => {
    const m = only(project({ members: [member('101', 100_000, { pilot: true })] }));
    expect(m.paysFrom).toBe('2026-03-01');
    expect(regular(m)[0]).toMatchObject({ date: '2026-09-01', start: '2026-03-01', end: '2026-12-31' });
  });

  it('given a pilot and pilotFreeMonths 0, then it pays from its availability like any other member', () => {
    const m = only(project({ pilotFreeMonths: 0, members: [member('101', 100_000, { pilot: true })] }));
    expect(m.paysFrom).toBe('2026-01-01');
  });

  it('given an exit on 15 August 2027 of a period to 2029, then regular invoices stop on 14 August and the exit invoice is what it would have paid', () => {
    // 100.000 × 25 kr. = 2.500.000,00 kr. a year. 15 August is day 226 of 2027.
    // Exit invoice: 2027: 250.000.000 − round(250.000.000 × 226/365 = 154.794.520,55) = 95.205.479 øre (139 days),
    // 2028: 250.000.000 (366 of 366 days), 2029: 250.000.000; in all 595.205.479 øre.
    const json = project({
      period: { start: '2026-01-01', end: '2029-12-31' },
      members: [member('101', 100_000, { exitOn: '2027-08-15' })],
    });
    const m = only(json);
    const last = regular(m).at(-1);
    // The last stub would be due on 1 September, after the exit; it is invoiced on the exit date instead.
    expect(last).toMatchObject({ date: '2027-08-15', start: '2027-07-01', end: '2027-08-14' });
    expect(last?.amount).toBe(30_821_918n); // round(250.000.000 × 226/365) − round(250.000.000 × 181/365)
    expect(m.paysUntil).toBe('2027-08-14');
    const exits = ofKind(m, 'exit');
    expect(exits).toHaveLength(1);
    expect(exits[0]).toMatchObject({ date: '2027-08-15', start: '2027-08-15', end: '2029-12-31', amount: 595_205_479n });
    expect(exits[0]?.parts.map((p) => [p.year, p.start, p.end, p.covered, p.unit, p.amount])).toEqual([
      [2027, '2027-08-15', '2027-12-31', 139, 365, 95_205_479n],
      [2028, '2028-01-01', '2028-12-31', 366, 366, 250_000_000n],
      [2029, '2029-01-01', '2029-12-31', 365, 365, 250_000_000n],
    ]);
  });

  it('given an exit mid-period, then regular plus exit invoices add up to what the member pays by staying', () => {
    const stay = only(project({ period: { start: '2026-01-01', end: '2029-12-31' }, members: [member('101', 100_000)] }));
    const leave = only(
      project({
        period: { start: '2026-01-01', end: '2029-12-31' },
        members: [member('101', 100_000, { exitOn: '2027-08-15' })],
      }),
    );
    expect(leave.total).toBe(stay.total);
    // The exit invoice is exactly what the staying member's invoices would have been for 15 August 2027 onwards.
    const after = sum(
      regular(stay)
        .filter((i) => i.start >= '2028-01-01')
        .map((i) => i.amount),
    );
    expect(ofKind(leave, 'exit')[0]?.amount).toBe(after + 95_205_479n);
  });

  it('given months proration and an exit on 15 August, then August is paid by the exit invoice and the total is as if staying', () => {
    // 2.500.000,00 kr. a year: regular January–June 6/12, July 1/12 (1 July–14 August covers only July);
    // the exit invoice covers August–December 2027 (5/12) and 2028–2029 in full.
    const json = (exitOn: string | null) =>
      project({
        proration: 'months',
        period: { start: '2026-01-01', end: '2029-12-31' },
        members: [member('101', 100_000, { exitOn })],
      });
    const m = only(json('2027-08-15'));
    expect(regular(m).at(-1)).toMatchObject({ start: '2027-07-01', end: '2027-08-14', amount: 20_833_333n });
    expect(ofKind(m, 'exit')[0]?.parts[0]).toMatchObject({ year: 2027, covered: 5, unit: 12 });
    expect(ofKind(m, 'exit')[0]?.amount).toBe(104_166_667n + 500_000_000n);
    expect(m.total).toBe(only(json(null)).total);
  });

  it('given months proration and a period ending on 20 December, then an exit on 10 December costs nothing more than staying', () => {
    // December is not a whole month of the period: staying pays January–November (11/12); leaving on 10 December
    // pays January–November by regular invoices, and from the exit to the end (10–20 December) no whole month.
    const json = (exitOn: string | null) =>
      project({
        proration: 'months',
        period: { start: '2026-01-01', end: '2026-12-20' },
        members: [member('101', 120_000, { exitOn })],
      });
    const leave = only(json('2026-12-10'));
    expect(sum(regular(leave).map((i) => i.amount))).toBe(275_000_000n); // 3.000.000,00 kr. × 11/12
    expect(ofKind(leave, 'exit')[0]?.amount ?? 0n).toBe(0n);
    expect(leave.total).toBe(only(json(null)).total);
  });

  it('given months proration and a member joining on 10 March and leaving on 15 March, then March is not paid', () => {
    // Staying would pay April–December (9/12): March is not a whole month of membership. Leaving on 15 March
    // pays what staying would have paid from 15 March: April–December, 9/12 of 3.000.000,00 kr. = 2.250.000,00 kr.
    const json = (exitOn: string | null) =>
      project({
        proration: 'months',
        period: { start: '2026-01-01', end: '2026-12-31' },
        members: [member('101', 120_000, { availableFrom: '2026-03-10', exitOn })],
      });
    const leave = only(json('2026-03-15'));
    expect(ofKind(leave, 'exit')[0]?.amount).toBe(225_000_000n);
    expect(leave.total).toBe(only(json(null)).total);
  });

  it('given an exit after the period has ended, then there is no exit invoice and regular invoices run to the end', () => {
    for (const exitOn of ['2028-01-01', '2028-06-15']) {
      const m = only(project({ members: [member('101', 100_000, { exitOn })] }));
      expect(ofKind(m, 'exit')).toEqual([]);
      expect(m.paysUntil).toBe('2027-12-31');
      expect(m.total).toBe(500_000_000n);
    }
  });

  it('given an exit on the last day of the period, then the exit invoice is for that one day', () => {
    // 250.000.000 − round(250.000.000 × 364/365 = 249.315.068,49) = 684.932 øre.
    const m = only(project({ members: [member('101', 100_000, { exitOn: '2027-12-31' })] }));
    expect(m.paysUntil).toBe('2027-12-30');
    expect(ofKind(m, 'exit')[0]).toMatchObject({ date: '2027-12-31', start: '2027-12-31', end: '2027-12-31', amount: 684_932n });
  });

  it('given a pilot that exits during its free months, then the exit invoice starts when it would have started paying', () => {
    const m = only(
      project({ members: [member('101', 100_000, { availableFrom: '2026-03-01', pilot: true, exitOn: '2026-04-01' })] }),
    );
    expect(regular(m)).toEqual([]);
    expect(ofKind(m, 'exit')[0]).toMatchObject({ date: '2026-04-01', start: '2026-05-01', end: '2027-12-31' });
    // 2026 from 1 May: 167.808.219 øre; 2027: 250.000.000 øre.
    expect(ofKind(m, 'exit')[0]?.amount).toBe(417_808_219n);
  });

  it('given exitPayment false, then an exit mid-period gives no exit invoice', () => {
    const m = only(project({ exitPayment: false, members: [member('101', 100_000, { exitOn: '2027-01-01' })] }));
    expect(ofKind(m, 'exit')).toEqual([]);
    expect(m.paysUntil).toBe('2026-12-31');
  });

  it('given the leap year 2028, then January–June is 182 of 366 days and the year adds up to the yearly price', () => {
    // 33.333 × 25 kr. = 833.325,00 kr. = 83.332.500 øre; × 182/366 = 41.438.565,57 → 41.438.566; the rest 41.893.934.
    const m = only(
      project({
        period: { start: '2028-01-01', end: '2028-12-31' },
        members: [
          member('101', 33_333, { availableFrom: '2028-01-01', populations: [{ date: '2028-01-01', population: 33_333 }] }),
        ],
      }),
    );
    expect(summary(regular(m))).toEqual([
      ['2028-02-01', '2028-01-01', '2028-06-30', 41_438_566n],
      ['2028-09-01', '2028-07-01', '2028-12-31', 41_893_934n],
    ]);
    expect(regular(m).map((i) => [i.parts[0]?.covered, i.parts[0]?.unit])).toEqual([
      [182, 366],
      [184, 366],
    ]);
    expect(m.total).toBe(83_332_500n);
  });

  it('given a municipality crossing 150.000 inhabitants between years, then the second year uses the kink', () => {
    // 2026: 149.000 × 25 kr. = 3.725.000,00 kr.; 2027: 150.000 × 25 kr. + 1.000 × 12,50 kr. = 3.762.500,00 kr.
    const m = only(
      project({
        members: [
          member('101', 0, {
            populations: [
              { date: '2026-01-01', population: 149_000 },
              { date: '2027-01-01', population: 151_000 },
            ],
          }),
        ],
      }),
    );
    expect(m.totalsByYear).toEqual([
      { year: 2026, amount: 372_500_000n },
      { year: 2027, amount: 376_250_000n },
    ]);
    const basis = regular(m)[2]?.parts[0]?.basis;
    if (basis?.kind !== 'per_inhabitant') throw new Error('expected a per-inhabitant basis');
    expect(basis.population).toMatchObject({ population: 151_000, latestKnown: false });
  });

  it('given a population figure from mid-2025 only, then every year is priced with it as the latest known', () => {
    const m = only(project({ members: [member('101', 0, { populations: [{ date: '2025-07-01', population: 10_000 }] })] }));
    const basis = regular(m)[0]?.parts[0]?.basis;
    if (basis?.kind !== 'per_inhabitant') throw new Error('expected a per-inhabitant basis');
    expect(basis.population).toEqual({ population: 10_000, date: '2025-07-01', pricedAsOf: '2026-01-01', latestKnown: true });
  });

  it('given no population on or before 1 January of an invoiced year, then planning throws a CostProjectError', () => {
    const json = project({
      members: [member('147', 0), member('101', 0, { populations: [{ date: '2026-03-01', population: 10_000 }] })],
    });
    expect(() => plan(json)).toThrow(CostProjectError);
    // Named at the member's place in the description, in the same form as every other problem.
    expect(() => plan(json)).toThrow(/- \$\.members\[1\]\.populations: intet indbyggertal pr\. 2026-01-01 eller før/);
  });

  it('given several members without populations, then every one of them is named, each once at its first year', () => {
    const late = { populations: [{ date: '2027-03-01', population: 10_000 }] };
    const json = project({ members: [member('147', 0, late), member('101', 0, late), member('151', 0)] });
    let problems: { path: string; message: string }[] = [];
    try {
      plan(json);
    } catch (error) {
      if (error instanceof CostProjectError) problems = error.problems;
    }
    expect(problems).toEqual([
      { path: '$.members[1].populations', message: 'intet indbyggertal pr. 2026-01-01 eller før for Kommune 101' },
      { path: '$.members[0].populations', message: 'intet indbyggertal pr. 2026-01-01 eller før for Kommune 147' },
    ]);
  });

  it('given months proration and availability on 15 May, then May is not paid and the first invoice is 7/12 of the year', () => {
    // 48.000 × 25 kr. = 1.200.000,00 kr.; 7/12 = 700.000,00 kr.; then 6/12 = 600.000,00 kr. per half year.
    const m = only(project({ proration: 'months', members: [member('101', 48_000, { availableFrom: '2026-05-15' })] }));
    expect(summary(regular(m))).toEqual([
      ['2026-09-01', '2026-05-15', '2026-12-31', 70_000_000n],
      ['2027-02-01', '2027-01-01', '2027-06-30', 60_000_000n],
      ['2027-09-01', '2027-07-01', '2027-12-31', 60_000_000n],
    ]);
    expect(regular(m)[0]?.parts[0]).toMatchObject({ covered: 7, unit: 12 });
  });

  it('given yearly invoicing and availability on 10 May, then the first invoice is sent on 10 May and then each 1 February', () => {
    // 2.500.000,00 kr. × 236/365 (10 May–31 December) = 1.616.438,36 kr.
    const m = only(project({ invoicing: 'yearly', members: [member('101', 100_000, { availableFrom: '2026-05-10' })] }));
    expect(summary(regular(m))).toEqual([
      ['2026-05-10', '2026-05-10', '2026-12-31', 161_643_836n],
      ['2027-02-01', '2027-01-01', '2027-12-31', 250_000_000n],
    ]);
  });

  it('given several members, then they are listed by municipality code and the plan totals add up', () => {
    const p = plan(project({ members: [member('230', 20_000), member('101', 160_000), member('147', 40_000)] }));
    expect(p.members.map((m) => m.code)).toEqual(['101', '147', '230']);
    expect(p.total).toBe(sum(p.members.map((m) => m.total)));
    // 2 years × (3.875.000 + 1.000.000 + 500.000) kr.
    expect(p.total).toBe(2n * (387_500_000n + 100_000_000n + 50_000_000n));
    expect(p.totalsByYear).toEqual([
      { year: 2026, amount: 537_500_000n },
      { year: 2027, amount: 537_500_000n },
    ]);
  });
});

describe('planProject: fee per inhabitant', () => {
  it("given a user club's fee of 14,83 kr. per inhabitant, then 40.123 inhabitants pay 595.024,09 kr. a year", () => {
    // 40.123 × 14,83 kr. = 595.024,09 kr.; × 181/365 = 295.066,74 kr.; the rest 299.957,35 kr.
    const m = only(project({ model: { kind: 'fee_per_inhabitant', rate: '14.83' }, members: [member('101', 40_123)] }));
    expect(summary(regular(m)).slice(0, 2)).toEqual([
      ['2026-02-01', '2026-01-01', '2026-06-30', 29_506_674n],
      ['2026-09-01', '2026-07-01', '2026-12-31', 29_995_735n],
    ]);
    expect(m.totalsByYear[0]).toEqual({ year: 2026, amount: 59_502_409n });
    const basis = regular(m)[0]?.parts[0]?.basis;
    expect(basis?.kind).toBe('fee_per_inhabitant');
  });

  it('given a fee and an exit, then the exit is paid (fees default to exitPayment true)', () => {
    const m = only(
      project({
        model: { kind: 'fee_per_inhabitant', rate: '14.83' },
        members: [member('101', 40_123, { exitOn: '2027-01-01' })],
      }),
    );
    expect(ofKind(m, 'exit')[0]?.amount).toBe(59_502_409n);
  });
});

describe('planProject: business case (no profit)', () => {
  it('given business-case costs below the billing, then the surplus is the difference', () => {
    // Billed: 2 × 2.500.000,00 kr. = 5.000.000,00 kr.; costs 4.800.000,00 kr. → surplus 200.000,00 kr.
    const p = plan(project({ members: [member('101', 100_000)], businessCase: { costs: '4800000.00' } }));
    expect(p.businessCase).toEqual({ costs: 480_000_000n, billed: 500_000_000n, surplus: 20_000_000n });
  });

  it('given business-case costs above the billing, then the surplus is negative', () => {
    const p = plan(project({ members: [member('101', 100_000)], businessCase: { costs: '5000000.01' } }));
    expect(p.businessCase?.surplus).toBe(-1n);
  });

  it('given an exit, then the exit invoice counts as billed', () => {
    const p = plan(project({ members: [member('101', 100_000, { exitOn: '2027-01-01' })], businessCase: { costs: '5000000' } }));
    expect(p.businessCase).toEqual({ costs: 500_000_000n, billed: 500_000_000n, surplus: 0n });
  });

  it('given no business case, then there is no comparison', () => {
    expect(plan(project()).businessCase).toBeNull();
  });
});

describe('planProject: buffet', () => {
  /**
   * Three municipalities; 151 joins on 1 July 2027 (184 of 365 days). 2026: 1.000.000,00 kr. expected.
   * 2027: 1.200.000,00 kr. expected + (1.100.000,00 actual − 1.000.000,00 billed for 2026) = 1.300.000,00 kr.
   * CPR look-ups outside the buffet at 0,8525 kr. each.
   */
  const buffet = (over: Json = {}) =>
    project({
      model: {
        kind: 'buffet',
        years: [
          { year: 2026, expectedCosts: '1000000.00' },
          {
            year: 2027,
            expectedCosts: '1200000.00',
            settlement: { year: 2026, actualCosts: '1100000.00', billed: '1000000.00' },
          },
        ],
        outside: [{ name: 'CPR-opslag', unitPrice: '0.8525', usage: { '101': { '2026': 1200 }, '147': { '2027': 333 } } }],
      },
      members: [member('101', 60_000), member('147', 30_000), member('151', 10_000, { availableFrom: '2027-07-01' })],
      ...over,
    });

  const yearAmounts = (p: ReturnType<typeof plan>, year: number) =>
    p.members.map((m) =>
      sum(
        regular(m)
          .filter((i) => i.parts[0]?.year === year)
          .map((i) => i.amount),
      ),
    );

  it("given the year's expected costs and a settlement, then members' year amounts add up exactly to expected + correction", () => {
    const p = plan(buffet());
    expect(sum(yearAmounts(p, 2026))).toBe(100_000_000n);
    expect(sum(yearAmounts(p, 2027))).toBe(130_000_000n);
  });

  it('given 2026 with two full-year members, then the price is 1.000.000 kr. ÷ 90.000 inhabitants and the odd øre goes by largest remainder', () => {
    // 100.000.000 øre × 60.000/90.000 = 66.666.666,67 → 66.666.667; × 30.000/90.000 = 33.333.333,33 → 33.333.333.
    const p = plan(buffet());
    expect(yearAmounts(p, 2026)).toEqual([66_666_667n, 33_333_333n, 0n]);
    const [a] = p.members;
    // 66.666.667 × 181/365 = 33.059.360,84 → 33.059.361 on 1 February; the rest 33.607.306 on 1 September.
    expect(summary(regular(a as MemberPlan)).slice(0, 2)).toEqual([
      ['2026-02-01', '2026-01-01', '2026-06-30', 33_059_361n],
      ['2026-09-01', '2026-07-01', '2026-12-31', 33_607_306n],
    ]);
  });

  it('given a member joining on 1 July, then its population is weighted by 184/365 and everyone pays the same price per inhabitant', () => {
    // Weights 60.000, 30.000 and 10.000 × 184/365; price = 130.000.000 øre × 365 / 34.690.000 = 1.367,83 øre.
    // Exact shares 82.069.760,74; 41.034.880,37; 6.895.358,89 → the two øre left go to ,89 and ,74.
    const p = plan(buffet());
    expect(yearAmounts(p, 2027)).toEqual([82_069_761n, 41_034_880n, 6_895_359n]);
    const basis = regular(p.members[2] as MemberPlan)[0]?.parts[0]?.basis;
    if (basis?.kind !== 'buffet') throw new Error('expected a buffet basis');
    expect(basis.pricePerInhabitant).toEqual(ratio(130_000_000n * 365n, 34_690_000n));
    expect(basis.yearTotal).toBe(130_000_000n);
    expect(basis.correction).toBe(10_000_000n);
    expect(basis.memberYearAmount).toBe(6_895_359n);
  });

  it('given any member in a year, then its year amount is within one øre of the price × population × part of the year', () => {
    const p = plan(buffet());
    for (const m of p.members) {
      for (const invoice of regular(m)) {
        const part = invoice.parts[0];
        if (part?.basis.kind !== 'buffet') throw new Error('expected a buffet basis');
        const share = m.availableFrom > `${part.year}-01-01` ? ratio(184, 365) : ratio(1);
        const exact = multiplyRatio(multiplyRatio(part.basis.pricePerInhabitant, ratio(part.basis.population.population)), share);
        withinOneOre(part.basis.memberYearAmount, exact);
      }
    }
  });

  it('given a usage item outside the buffet, then it is billed per unit on a usage invoice dated 1 February the year after', () => {
    const p = plan(buffet());
    const [a, b, c] = p.members as [MemberPlan, MemberPlan, MemberPlan];
    // 1.200 × 0,8525 kr. = 1.023,00 kr.
    expect(ofKind(a, 'usage')).toHaveLength(1);
    expect(ofKind(a, 'usage')[0]).toMatchObject({ date: '2027-02-01', start: '2026-01-01', end: '2026-12-31', amount: 102_300n });
    expect(ofKind(a, 'usage')[0]?.usage).toEqual([
      { name: 'CPR-opslag', year: 2026, units: 1200, unitPrice: ratio(8525, 100), amount: 102_300n },
    ]);
    // 333 × 0,8525 kr. = 283,8825 kr. → 283,88 kr.
    expect(ofKind(b, 'usage')[0]).toMatchObject({ date: '2028-02-01', amount: 28_388n });
    expect(ofKind(c, 'usage')).toEqual([]);
  });

  it('given usage invoices, then they are not counted as billed against the business case', () => {
    // Billed by the buffet: 1.000.000 + 1.300.000 kr.; costs 2.200.000 kr. → surplus 100.000 kr. (the settlement).
    const p = plan(buffet({ businessCase: { costs: '2200000.00' } }));
    expect(p.businessCase).toEqual({ costs: 220_000_000n, billed: 230_000_000n, surplus: 10_000_000n });
    expect(p.total).toBe(230_000_000n + 102_300n + 28_388n);
  });

  it('given a year without expected costs, then it is not invoiced and a warning says so', () => {
    const p = plan(buffet({ period: { start: '2026-01-01', end: '2028-12-31' } }));
    expect(p.warnings.some((w) => w.includes('2028'))).toBe(true);
    expect(p.members.flatMap(regular).some((i) => i.start >= '2028-01-01')).toBe(false);
  });

  it('given a negative correction larger than the expected costs, then the refund is shared and still adds up', () => {
    const p = plan(
      buffet({
        model: {
          kind: 'buffet',
          years: [
            { year: 2026, expectedCosts: '1000000.00' },
            { year: 2027, expectedCosts: '100.00', settlement: { year: 2026, actualCosts: '500000.00', billed: '1000000.00' } },
          ],
        },
      }),
    );
    // 100,00 + 500.000,00 − 1.000.000,00 = −499.900,00 kr.
    expect(sum(yearAmounts(p, 2027))).toBe(-49_990_000n);
    expect(yearAmounts(p, 2027).every((a) => a <= 0n)).toBe(true);
  });
});

describe('planProject: shares', () => {
  const itForsyningen = [
    member('151', 0, { name: 'Ballerup' }),
    member('190', 0, { name: 'Furesø' }),
    member('201', 0, { name: 'Allerød' }),
    member('210', 0, { name: 'Fredensborg' }),
    member('240', 0, { name: 'Egedal' }),
  ];
  const shares = (split: Json, members: Json[] = itForsyningen, costs = '7654321.09') =>
    project({
      period: { start: '2026-01-01', end: '2026-12-31' },
      model: { kind: 'shares', years: [{ year: 2026, costs }], split },
      members,
    });
  const yearTotals = (p: ReturnType<typeof plan>) => p.members.map((m) => m.total);

  it('given fixed percentages, then each year amount is the percentage of the costs and they add up exactly', () => {
    const p = plan(
      shares({ kind: 'percent', percents: { '201': '12.37', '151': '28.91', '240': '20.33', '190': '19.43', '210': '18.96' } }),
    );
    // See allocation.test.ts: Allerød 94.683.952, Ballerup 221.286.422, Egedal 155.612.348, Furesø 148.723.459,
    // Fredensborg 145.125.928 øre; listed by code: 151, 190, 201, 210, 240.
    expect(yearTotals(p)).toEqual([221_286_422n, 148_723_459n, 94_683_952n, 145_125_928n, 155_612_348n]);
    expect(p.total).toBe(765_432_109n);
  });

  it('given an equal split, then the odd øre go to the lowest codes', () => {
    const p = plan(shares({ kind: 'equal' }, itForsyningen.slice(0, 3), '1000.00'));
    expect(yearTotals(p)).toEqual([33_334n, 33_333n, 33_333n]);
  });

  it('given weights 2 : 1 : 1, then 1.000,00 kr. is 500 + 250 + 250 kr.', () => {
    const p = plan(
      shares({ kind: 'weights', weights: { '151': '2', '190': '1', '201': '1' } }, itForsyningen.slice(0, 3), '1000.00'),
    );
    expect(yearTotals(p)).toEqual([50_000n, 25_000n, 25_000n]);
  });

  it('given a full-year member, then its year amount is split over its two invoices 181 : 184', () => {
    const p = plan(shares({ kind: 'equal' }, itForsyningen.slice(0, 3), '1000.00'));
    // 33.334 × 181/365 = 16.529,92 → 16.530; the rest 16.804.
    expect(regular(p.members[0] as MemberPlan).map((i) => i.amount)).toEqual([16_530n, 16_804n]);
  });

  it('given random costs and weights, then the members add up to the costs exactly', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 11n }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 5, maxLength: 5 }).filter((ws) => ws.some((w) => w > 0)),
        (costs, ws) => {
          const weights = Object.fromEntries(['151', '190', '201', '210', '240'].map((code, i) => [code, String(ws[i])]));
          const kroner = `${costs / 100n}.${String(costs % 100n).padStart(2, '0')}`;
          const p = plan(shares({ kind: 'weights', weights }, itForsyningen, kroner));
          expect(p.total).toBe(costs);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('budgetForecast and compareScenarios', () => {
  const kombit = plan(project({ name: 'KOMBIT-system', members: [member('101', 100_000), member('147', 50_000)] }));
  const club = plan(
    project({ name: 'Brugerklub', model: { kind: 'fee_per_inhabitant', rate: '14.83' }, members: [member('101', 100_000)] }),
  );

  it("given a municipality in two projects, then its forecast sums both projects' payments per budget year", () => {
    // KOMBIT: 2.500.000,00 kr. a year; the club: 100.000 × 14,83 kr. = 1.483.000,00 kr. a year.
    const forecast = budgetForecast('101', [kombit, club]);
    expect(forecast.projects.map((p) => [p.name, p.total])).toEqual([
      ['KOMBIT-system', 500_000_000n],
      ['Brugerklub', 296_600_000n],
    ]);
    expect(forecast.byYear).toEqual([
      { year: 2026, amount: 398_300_000n },
      { year: 2027, amount: 398_300_000n },
    ]);
    expect(forecast.total).toBe(796_600_000n);
  });

  it('given a municipality in only one of the projects, then the other is left out', () => {
    const forecast = budgetForecast('147', [kombit, club]);
    expect(forecast.projects.map((p) => p.name)).toEqual(['KOMBIT-system']);
    expect(forecast.total).toBe(250_000_000n);
  });

  it('given two models for the same members, then the comparison gives b − a per member, year and in all', () => {
    // a: equal shares of 1.500.000,00 kr. → 750.000,00 kr. each; b: buffet by population 100.000 : 50.000 →
    // 1.000.000,00 and 500.000,00 kr.
    const members = [member('101', 100_000), member('147', 50_000)];
    const period = { start: '2026-01-01', end: '2026-12-31' };
    const a = plan(
      project({
        name: 'Andele',
        period,
        members,
        model: { kind: 'shares', years: [{ year: 2026, costs: '1500000' }], split: { kind: 'equal' } },
      }),
    );
    const b = plan(
      project({ name: 'Buffet', period, members, model: { kind: 'buffet', years: [{ year: 2026, expectedCosts: '1500000' }] } }),
    );
    const comparison = compareScenarios(a, b);
    expect(comparison.names).toEqual(['Andele', 'Buffet']);
    expect(comparison.members).toEqual([
      {
        code: '101',
        name: 'Kommune 101',
        years: [{ year: 2026, a: 75_000_000n, b: 100_000_000n, difference: 25_000_000n }],
        a: 75_000_000n,
        b: 100_000_000n,
        difference: 25_000_000n,
      },
      {
        code: '147',
        name: 'Kommune 147',
        years: [{ year: 2026, a: 75_000_000n, b: 50_000_000n, difference: -25_000_000n }],
        a: 75_000_000n,
        b: 50_000_000n,
        difference: -25_000_000n,
      },
    ]);
    expect([comparison.a, comparison.b, comparison.difference]).toEqual([150_000_000n, 150_000_000n, 0n]);
  });

  it('given a member only in one scenario, then it counts 0 in the other', () => {
    const comparison = compareScenarios(club, kombit);
    const only147 = comparison.members.find((m) => m.code === '147');
    expect(only147).toMatchObject({ a: 0n, b: 250_000_000n, difference: 250_000_000n });
  });
});

describe('readCostProject: errors', () => {
  const problemsOf = (input: unknown) => {
    try {
      readCostProject(input);
    } catch (error) {
      expect(error).toBeInstanceOf(CostProjectError);
      return (error as CostProjectError).problems;
    }
    throw new Error('expected a CostProjectError');
  };
  const paths = (input: unknown) => problemsOf(input).map((p) => p.path);

  it('given something that is not an object, then the problem is at $', () => {
    expect(paths([])).toEqual(['$']);
    expect(paths(null)).toEqual(['$']);
  });

  it('given an empty object, then every missing field is reported', () => {
    expect(paths({})).toEqual(expect.arrayContaining(['$.name', '$.period', '$.members', '$.model']));
  });

  it('given a member without fields, then each missing field is reported at the member', () => {
    expect(paths(project({ members: [{}] }))).toEqual(
      expect.arrayContaining([
        '$.members[0].code',
        '$.members[0].name',
        '$.members[0].availableFrom',
        '$.members[0].populations',
      ]),
    );
  });

  it('given a period that starts after it ends or a malformed date, then the period is reported', () => {
    expect(paths(project({ period: { start: '2027-01-01', end: '2026-12-31' } }))).toEqual(['$.period']);
    expect(paths(project({ period: { start: '2026-02-30', end: '2026-12-31' } }))).toEqual(['$.period.start']);
  });

  it('given percentages that add up to 99,99, then the percents are reported', () => {
    const json = project({
      members: [member('101', 1), member('147', 1)],
      model: {
        kind: 'shares',
        years: [{ year: 2026, costs: '100' }],
        split: { kind: 'percent', percents: { '101': '50', '147': '49.99' } },
      },
    });
    expect(paths(json)).toEqual(['$.model.split.percents']);
  });

  it('given a percentage for a municipality that is not a member, then it is reported at its code', () => {
    const json = project({
      members: [member('101', 1)],
      model: {
        kind: 'shares',
        years: [{ year: 2026, costs: '100' }],
        split: { kind: 'percent', percents: { '101': '100', '999': '0' } },
      },
    });
    expect(paths(json)).toEqual(['$.model.split.percents.999']);
  });

  it('given the same municipality code twice, then the second is reported', () => {
    expect(paths(project({ members: [member('101', 1), member('101', 2)] }))).toEqual(['$.members[1].code']);
  });

  it('given an exit before (or on) the availability date, then the exit is reported', () => {
    expect(paths(project({ members: [member('101', 1, { availableFrom: '2026-05-01', exitOn: '2026-04-30' })] }))).toEqual([
      '$.members[0].exitOn',
    ]);
    expect(paths(project({ members: [member('101', 1, { availableFrom: '2026-05-01', exitOn: '2026-05-01' })] }))).toEqual([
      '$.members[0].exitOn',
    ]);
  });

  it('given an unknown model kind, then the kind is reported', () => {
    expect(paths(project({ model: { kind: 'flat_fee', rate: '10' } }))).toEqual(['$.model.kind']);
  });

  it('given a kink factor above 1, then the factor is reported', () => {
    expect(paths(project({ model: { ...KOMBIT_MODEL, kink: { threshold: 150_000, factor: '1.5' } } }))).toEqual([
      '$.model.kink.factor',
    ]);
  });

  it('given an amount with more than two decimals or a settlement of a later year, then they are reported', () => {
    const json = project({
      model: {
        kind: 'buffet',
        years: [
          { year: 2026, expectedCosts: '1000.001' },
          { year: 2027, expectedCosts: '10', settlement: { year: 2027, actualCosts: '1', billed: '1' } },
        ],
      },
    });
    expect(paths(json)).toEqual(['$.model.years[0].expectedCosts', '$.model.years[1].settlement.year']);
  });

  it('given usage for a municipality that is not a member, then it is reported', () => {
    const json = project({
      model: { kind: 'buffet', years: [], outside: [{ name: 'CPR', unitPrice: '1', usage: { '999': { '2026': 1 } } }] },
    });
    expect(paths(json)).toEqual(['$.model.outside[0].usage.999']);
  });

  it('given exitPayment for a shares model, then it is reported', () => {
    const json = project({ exitPayment: true, model: { kind: 'shares', years: [], split: { kind: 'equal' } } });
    expect(paths(json)).toEqual(['$.exitPayment']);
  });

  it('given several problems, then the error message lists each with its path', () => {
    try {
      readCostProject({ name: '', period: { start: 'x', end: '2026-12-31' } });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain('$.name');
      expect((error as Error).message).toContain('$.period.start');
    }
  });

  it('given a valid project, then defaults are KOMBIT invoicing, days, 1 January, two pilot months and exit payment', () => {
    const p = readCostProject(project());
    expect(p).toMatchObject({
      invoicing: 'kombit',
      proration: 'days',
      populationDate: '01-01',
      pilotFreeMonths: 2,
      exitPayment: true,
      businessCaseCosts: null,
    });
    expect(p.model).toEqual({ kind: 'per_inhabitant', rate: ratio(2500), kink: { threshold: 150_000, factor: ratio(1, 2) } });
  });
});

describe('planProject: properties over random projects', () => {
  const DAY0 = '2025-01-01';
  const day = (offset: number) => addDays(DAY0, offset);

  const randomProject = fc
    .record({
      startOffset: fc.integer({ min: 0, max: 730 }),
      lengthDays: fc.integer({ min: 1, max: 5 * 366 }),
      invoicing: fc.constantFrom('kombit', 'yearly'),
      proration: fc.constantFrom('days', 'months'),
      kink: fc.boolean(),
      members: fc.array(
        fc.record({
          populations: fc.array(fc.integer({ min: 0, max: 400_000 }), { minLength: 1, maxLength: 8 }),
          availableOffset: fc.integer({ min: -60, max: 5 * 366 }),
          pilot: fc.boolean(),
          exitAfter: fc.option(fc.integer({ min: 1, max: 6 * 366 }), { nil: null }),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    })
    .map((r) => {
      const start = day(r.startOffset);
      const end = addDays(start, r.lengthDays - 1);
      const startYear = Number(start.slice(0, 4));
      return {
        name: 'Tilfældigt projekt',
        period: { start, end },
        invoicing: r.invoicing,
        proration: r.proration,
        model: r.kink ? KOMBIT_MODEL : { kind: 'per_inhabitant', rate: '12.37' },
        members: r.members.map((m, i) => {
          const availableFrom = addDays(start, Math.min(m.availableOffset, r.lengthDays - 1));
          return {
            code: String(101 + i * 10),
            name: `Kommune ${101 + i * 10}`,
            availableFrom,
            pilot: m.pilot,
            exitOn: m.exitAfter === null ? null : addDays(availableFrom, m.exitAfter),
            // Figures on 1 January of consecutive years from the first year; later years use the latest known.
            populations: m.populations.map((population, k) => ({ date: `${startYear + k}-01-01`, population })),
          };
        }),
      };
    });

  /** The first day a member pays for, by the rules (not by the planner's code). */
  const paymentStart = (p: Json, m: Json): CalendarDate => {
    const period = p.period as { start: CalendarDate };
    const available = m.pilot ? addMonths(m.availableFrom as CalendarDate, 2) : (m.availableFrom as CalendarDate);
    return available > period.start ? available : period.start;
  };
  const lastRegularDay = (p: Json, m: Json): CalendarDate => {
    const period = p.period as { end: CalendarDate };
    const exitOn = m.exitOn as CalendarDate | null;
    return exitOn !== null && addDays(exitOn, -1) < period.end ? addDays(exitOn, -1) : period.end;
  };

  /** The whole calendar months ("2026-05") from `start` to `end`, both inclusive. */
  const wholeMonths = (start: CalendarDate, end: CalendarDate): string[] => {
    const months: string[] = [];
    let first = start.endsWith('-01') ? start : addMonths(`${start.slice(0, 8)}01` as CalendarDate, 1);
    for (; addDays(addMonths(first, 1), -1) <= end; first = addMonths(first, 1)) months.push(first.slice(0, 7));
    return months;
  };

  it('given any project, then every invoice lies within the membership and regular invoices do not overlap', () => {
    fc.assert(
      fc.property(randomProject, (json) => {
        const p = plan(json);
        for (const m of p.members) {
          const input = json.members.find((x) => x.code === m.code) as Json;
          const from = paymentStart(json, input);
          const until = lastRegularDay(json, input);
          for (const invoice of m.invoices) {
            expect(invoice.start >= from).toBe(true);
            expect(invoice.end <= json.period.end).toBe(true);
            expect(invoice.amount).toBe(sum(invoice.parts.map((x) => x.amount)));
            expect(invoice.amount >= 0n).toBe(true);
          }
          const regulars = regular(m).sort((a, b) => (a.start < b.start ? -1 : 1));
          regulars.forEach((invoice, k) => {
            expect(invoice.start <= invoice.end).toBe(true);
            expect(invoice.end <= until).toBe(true);
            expect(invoice.start.slice(0, 4)).toBe(invoice.end.slice(0, 4));
            const next = regulars[k + 1];
            if (next) expect(next.start > invoice.end).toBe(true);
          });
          for (const exit of ofKind(m, 'exit')) {
            expect(exit.date).toBe(input.exitOn);
            expect(exit.end).toBe(json.period.end);
            expect((input.exitOn as string) <= json.period.end).toBe(true);
          }
          if (input.exitOn === null || (input.exitOn as string) > json.period.end) expect(ofKind(m, 'exit')).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('given days proration, then regular invoices are contiguous from the first day paid to the last', () => {
    fc.assert(
      fc.property(randomProject, (json) => {
        fc.pre(json.proration === 'days');
        for (const m of plan(json).members) {
          const input = json.members.find((x) => x.code === m.code) as Json;
          const from = paymentStart(json, input);
          const until = lastRegularDay(json, input);
          const regulars = regular(m).sort((a, b) => (a.start < b.start ? -1 : 1));
          if (from > until) {
            expect(regulars).toEqual([]);
            continue;
          }
          expect(regulars[0]?.start).toBe(from);
          expect(regulars.at(-1)?.end).toBe(until);
          regulars.forEach((invoice, k) => {
            const next = regulars[k + 1];
            if (next) expect(next.start).toBe(addDays(invoice.end, 1));
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('given months proration, then regular invoices cover each whole calendar month of the membership exactly once', () => {
    fc.assert(
      fc.property(randomProject, (json) => {
        fc.pre(json.proration === 'months');
        for (const m of plan(json).members) {
          const input = json.members.find((x) => x.code === m.code) as Json;
          const from = paymentStart(json, input);
          const until = lastRegularDay(json, input);
          const covered = regular(m).flatMap((i) => wholeMonths(i.start, i.end));
          expect(covered).toEqual(from > until ? [] : wholeMonths(from, until));
          expect(sum(regular(m).map((i) => BigInt(i.parts[0]?.covered ?? 0)))).toBe(BigInt(covered.length));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('given any project with KOMBIT invoicing, then each regular invoice is dated by the KOMBIT rule (a stub before an exit at the latest on the exit)', () => {
    fc.assert(
      fc.property(randomProject, (json) => {
        fc.pre(json.invoicing === 'kombit');
        for (const m of plan(json).members) {
          const input = json.members.find((x) => x.code === m.code) as Json;
          const first = paymentStart(json, input);
          for (const invoice of regular(m)) {
            const year = invoice.start.slice(0, 4);
            const month = Number(first.slice(5, 7));
            const firstYear = year === first.slice(0, 4);
            const expected =
              firstYear && month >= 9
                ? `${year}-12-31`
                : firstYear && month >= 2
                  ? `${year}-09-01`
                  : invoice.start.slice(5) <= '06-30'
                    ? `${year}-02-01`
                    : `${year}-09-01`;
            const exitOn = input.exitOn as string | null;
            expect(invoice.date).toBe(exitOn !== null && expected > exitOn ? exitOn : expected);
            if (expected === `${year}-02-01`) expect(invoice.end <= `${year}-06-30`).toBe(true);
            if (expected === `${year}-09-01` && !firstYear) expect(invoice.start >= `${year}-07-01`).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("given a member paying for a whole calendar year, then that year's regular invoices add up exactly to the rounded yearly price", () => {
    fc.assert(
      fc.property(randomProject, (json) => {
        const project = readCostProject(json);
        const model = project.model;
        if (model.kind !== 'per_inhabitant') throw new Error('expected a per-inhabitant model');
        for (const m of planProject(project).members) {
          const input = json.members.find((x) => x.code === m.code) as (typeof json.members)[number];
          const byYear = new Map<number, PlannedInvoice[]>();
          for (const invoice of regular(m)) {
            const year = Number(invoice.start.slice(0, 4));
            byYear.set(year, [...(byYear.get(year) ?? []), invoice]);
          }
          for (const [year, invoices] of byYear) {
            const covers = invoices.some((i) => i.start === `${year}-01-01`) && invoices.some((i) => i.end === `${year}-12-31`);
            if (!covers) continue;
            // The population of 1 January of the year, else the latest figure before it.
            const figure = [...input.populations].reverse().find((f) => f.date <= `${year}-01-01`);
            const yearly = perInhabitantYearlyPrice(figure?.population ?? -1, { rate: model.rate, kink: model.kink });
            expect(sum(invoices.map((i) => i.amount))).toBe(ratioToOre(yearly));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  const exitCostsAsStaying = (proration: 'days' | 'months') => () =>
    fc.assert(
      fc.property(randomProject, (generated) => {
        const json = { ...generated, proration };
        const stayed = { ...json, members: json.members.map((m) => ({ ...m, exitOn: null })) };
        const left = plan(json).members;
        const stay = plan(stayed).members;
        left.forEach((m, i) => {
          const input = json.members.find((x) => x.code === m.code) as Json;
          if (input.exitOn === null || (input.exitOn as string) > json.period.end) return;
          expect(m.total).toBe(stay[i]?.total);
        });
      }),
      { numRuns: 300 },
    );

  it(
    'given days proration and an exit within the period, then regular plus exit invoices add up to exactly what staying would cost',
    exitCostsAsStaying('days'),
  );

  it(
    'given months proration and an exit within the period, then regular plus exit invoices add up to exactly what staying would cost',
    exitCostsAsStaying('months'),
  );

  it('given a random buffet, then the members of each invoiced year add up exactly to that year\u2019s costs', () => {
    fc.assert(
      fc.property(
        randomProject,
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 10n }), { minLength: 8, maxLength: 8 }),
        (json, costs) => {
          const firstYear = Number(json.period.start.slice(0, 4));
          const years = costs.map((c, k) => ({
            year: firstYear + k,
            expectedCosts: `${c / 100n}.${String(c % 100n).padStart(2, '0')}`,
          }));
          const buffetJson = {
            ...json,
            model: { kind: 'buffet', years },
            members: json.members.map((m) => ({ ...m, exitOn: null })),
          };
          const p = plan(buffetJson);
          const byYear = new Map<number, bigint>();
          for (const invoice of p.members.flatMap(regular)) {
            const part = invoice.parts[0];
            if (!part) continue;
            byYear.set(part.year, (byYear.get(part.year) ?? 0n) + invoice.amount);
          }
          for (const [year, amount] of byYear) {
            expect(amount).toBe(costs[year - firstYear]);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
