import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRatio, multiplyRatio, type Ratio, ratio, ratioToOre, subtractRatio } from '../money/ratio.js';
import { type CalendarDate, isLeapYear } from '../time/calendar-date.js';
import { addDays, addMonths } from '../time/calendar-math.js';
import {
  type BillingPeriod,
  billingPeriods,
  proratedAmount,
  splitByYear,
  splitOverSpans,
  type YearSpan,
  yearSpan,
} from './billing.js';

const p = (date: CalendarDate, start: CalendarDate, end: CalendarDate): BillingPeriod => ({
  date,
  start,
  end,
  year: Number(start.slice(0, 4)),
});

describe('billingPeriods (KOMBIT invoicing)', () => {
  it('given availability on 1 January, then February invoices cover January–June and September invoices July–December', () => {
    expect(billingPeriods('2026-01-01', '2027-12-31', 'kombit')).toEqual([
      p('2026-02-01', '2026-01-01', '2026-06-30'),
      p('2026-09-01', '2026-07-01', '2026-12-31'),
      p('2027-02-01', '2027-01-01', '2027-06-30'),
      p('2027-09-01', '2027-07-01', '2027-12-31'),
    ]);
  });

  it('given payment starting mid-January, then the February invoice covers the start to 30 June', () => {
    expect(billingPeriods('2026-01-15', '2026-12-31', 'kombit')).toEqual([
      p('2026-02-01', '2026-01-15', '2026-06-30'),
      p('2026-09-01', '2026-07-01', '2026-12-31'),
    ]);
  });

  it('given availability in May, then one invoice on 1 September covers the start to 31 December', () => {
    expect(billingPeriods('2026-05-01', '2027-12-31', 'kombit')).toEqual([
      p('2026-09-01', '2026-05-01', '2026-12-31'),
      p('2027-02-01', '2027-01-01', '2027-06-30'),
      p('2027-09-01', '2027-07-01', '2027-12-31'),
    ]);
  });

  it.each<[CalendarDate, CalendarDate]>([
    ['2026-02-01', '2026-09-01'],
    ['2026-02-28', '2026-09-01'],
    ['2026-08-31', '2026-09-01'],
    ['2026-09-01', '2026-12-31'],
    ['2026-12-31', '2026-12-31'],
  ])('given payment starting on %s, then the first invoice is dated %s and covers the start to 31 December', (first, date) => {
    expect(billingPeriods(first, '2027-12-31', 'kombit')[0]).toEqual(p(date, first, '2026-12-31'));
  });

  it('given availability in October, then one invoice at the end of December covers the start to 31 December', () => {
    expect(billingPeriods('2026-10-15', '2027-12-31', 'kombit')).toEqual([
      p('2026-12-31', '2026-10-15', '2026-12-31'),
      p('2027-02-01', '2027-01-01', '2027-06-30'),
      p('2027-09-01', '2027-07-01', '2027-12-31'),
    ]);
  });

  it('given a period ending on 31 March, then the last year has only a February invoice for January–March', () => {
    expect(billingPeriods('2026-01-01', '2027-03-31', 'kombit')).toEqual([
      p('2026-02-01', '2026-01-01', '2026-06-30'),
      p('2026-09-01', '2026-07-01', '2026-12-31'),
      p('2027-02-01', '2027-01-01', '2027-03-31'),
    ]);
  });

  it('given a period ending on 15 September, then the September invoice covers 1 July–15 September', () => {
    expect(billingPeriods('2027-01-01', '2027-09-15', 'kombit')).toEqual([
      p('2027-02-01', '2027-01-01', '2027-06-30'),
      p('2027-09-01', '2027-07-01', '2027-09-15'),
    ]);
  });

  it('given payment from May to July of one year, then one September invoice covers May–July', () => {
    expect(billingPeriods('2026-05-01', '2026-07-31', 'kombit')).toEqual([p('2026-09-01', '2026-05-01', '2026-07-31')]);
  });

  it('given a first day after the last day, then there are no invoices', () => {
    expect(billingPeriods('2027-01-01', '2026-12-31', 'kombit')).toEqual([]);
    expect(billingPeriods('2027-01-01', '2026-12-31', 'yearly')).toEqual([]);
  });
});

describe('billingPeriods (yearly invoicing)', () => {
  it('given payment from 1 January, then one invoice each 1 February for the whole year', () => {
    expect(billingPeriods('2026-01-01', '2027-12-31', 'yearly')).toEqual([
      p('2026-02-01', '2026-01-01', '2026-12-31'),
      p('2027-02-01', '2027-01-01', '2027-12-31'),
    ]);
  });

  it('given payment starting after 1 February, then the first invoice is sent on the first day paid for', () => {
    expect(billingPeriods('2026-05-10', '2027-06-30', 'yearly')).toEqual([
      p('2026-05-10', '2026-05-10', '2026-12-31'),
      p('2027-02-01', '2027-01-01', '2027-06-30'),
    ]);
  });

  it('given payment starting on 1 February, then the invoice is dated 1 February', () => {
    expect(billingPeriods('2026-02-01', '2026-12-31', 'yearly')).toEqual([p('2026-02-01', '2026-02-01', '2026-12-31')]);
  });
});

describe('yearSpan', () => {
  it.each<[CalendarDate, CalendarDate, YearSpan]>([
    ['2026-01-01', '2026-06-30', { from: 0, to: 181, unit: 365 }],
    ['2026-07-01', '2026-12-31', { from: 181, to: 365, unit: 365 }],
    ['2026-01-01', '2026-12-31', { from: 0, to: 365, unit: 365 }],
    ['2026-05-01', '2026-12-31', { from: 120, to: 365, unit: 365 }],
    ['2026-03-15', '2026-03-15', { from: 73, to: 74, unit: 365 }],
    // 2028 is a leap year: January–June is 182 days of 366.
    ['2028-01-01', '2028-06-30', { from: 0, to: 182, unit: 366 }],
    ['2028-07-01', '2028-12-31', { from: 182, to: 366, unit: 366 }],
    ['2028-02-29', '2028-02-29', { from: 59, to: 60, unit: 366 }],
  ])('given %s–%s in days, then the span is %o', (start, end, expected) => {
    expect(yearSpan(start, end, 'days')).toEqual(expected);
  });

  it.each<[string, CalendarDate, CalendarDate, YearSpan]>([
    ['a whole year', '2026-01-01', '2026-12-31', { from: 0, to: 12, unit: 12 }],
    ['January–June', '2026-01-01', '2026-06-30', { from: 0, to: 6, unit: 12 }],
    ['from 1 May', '2026-05-01', '2026-12-31', { from: 4, to: 12, unit: 12 }],
    ['from 15 May: May is not counted', '2026-05-15', '2026-12-31', { from: 5, to: 12, unit: 12 }],
    ['to 15 March: March is not counted', '2026-01-01', '2026-03-15', { from: 0, to: 2, unit: 12 }],
    ['15–20 May: no whole month', '2026-05-15', '2026-05-20', { from: 5, to: 5, unit: 12 }],
    ['February of a leap year', '2028-02-01', '2028-02-29', { from: 1, to: 2, unit: 12 }],
    ['February of a common year', '2026-02-01', '2026-02-28', { from: 1, to: 2, unit: 12 }],
    ['1–28 February of a leap year: not all of it', '2028-02-01', '2028-02-28', { from: 1, to: 1, unit: 12 }],
  ])('given %s (%s–%s) in months, then the span is %o', (_name, start, end, expected) => {
    expect(yearSpan(start, end, 'months')).toEqual(expected);
  });

  it('given a period across a new year or backwards, then it throws', () => {
    expect(() => yearSpan('2026-07-01', '2027-06-30', 'days')).toThrow(RangeError);
    expect(() => yearSpan('2026-07-01', '2026-06-30', 'months')).toThrow(RangeError);
  });
});

describe('proratedAmount', () => {
  it('given a yearly price of 3.875.000,00 kr., then January–June is × 181/365 and July–December the rest', () => {
    const yearly = ratio(387_500_000n);
    // 387.500.000 øre × 181 / 365 = 192.157.534,2466 → 192.157.534 øre = 1.921.575,34 kr.
    const first = proratedAmount(yearly, yearSpan('2026-01-01', '2026-06-30', 'days'));
    // 387.500.000 × 365/365 − 192.157.534 = 195.342.466 øre (exactly 387.500.000 × 184/365 = 195.342.465,75 → rounds up).
    const second = proratedAmount(yearly, yearSpan('2026-07-01', '2026-12-31', 'days'));
    expect(first).toBe(192_157_534n);
    expect(second).toBe(195_342_466n);
    expect(first + second).toBe(387_500_000n);
  });

  it('given 2028 (366 days), then January–June is × 182/366 and the year adds up to the yearly price', () => {
    const yearly = ratio(100_000_000n);
    // 100.000.000 × 182 / 366 = 49.726.775,956 → 49.726.776 øre; the rest 50.273.224 øre.
    const first = proratedAmount(yearly, yearSpan('2028-01-01', '2028-06-30', 'days'));
    const second = proratedAmount(yearly, yearSpan('2028-07-01', '2028-12-31', 'days'));
    expect(first).toBe(49_726_776n);
    expect(second).toBe(50_273_224n);
  });

  it('given months, then from 15 May to 31 December is 7 of 12 months', () => {
    // 1.200.000,00 kr. × 7 / 12 = 700.000,00 kr.
    expect(proratedAmount(ratio(120_000_000n), yearSpan('2026-05-15', '2026-12-31', 'months'))).toBe(70_000_000n);
  });

  /** A year (2024–2031, leap years included) cut at random days into consecutive periods. */
  const partition = fc
    .record({
      year: fc.integer({ min: 2024, max: 2031 }),
      cuts: fc.uniqueArray(fc.integer({ min: 1, max: 365 }), { maxLength: 20 }),
    })
    .map(({ year, cuts }) => {
      const days = isLeapYear(year) ? 366 : 365;
      const at = [0, ...cuts.filter((c) => c < days).sort((a, b) => a - b), days];
      const newYear: CalendarDate = `${year}-01-01`;
      return at.slice(1).map((to, i) => ({ start: addDays(newYear, at[i] as number), end: addDays(newYear, to - 1) }));
    });
  const yearly = fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.bigInt({ min: 1n, max: 10n ** 6n }))
    .map(([n, d]) => ratio(n, d));

  it('given any yearly price and any partition of a year into consecutive periods, then the parts add up to the rounded yearly price', () => {
    fc.assert(
      fc.property(yearly, partition, (price, periods) => {
        const parts = periods.map(({ start, end }) => proratedAmount(price, yearSpan(start, end, 'days')));
        expect(parts.reduce((a, b) => a + b, 0n)).toBe(ratioToOre(price));
      }),
    );
  });

  it('given any yearly price and period, then the amount is less than one øre from price × days ÷ days in the year', () => {
    fc.assert(
      fc.property(yearly, partition, (price, periods) => {
        for (const { start, end } of periods) {
          const span = yearSpan(start, end, 'days');
          const exact = multiplyRatio(price, ratio(span.to - span.from, span.unit));
          const off = subtractRatio(ratio(proratedAmount(price, span)), exact);
          expect(compareRatio(off, ratio(1)) < 0 && compareRatio(off, ratio(-1)) > 0).toBe(true);
        }
      }),
    );
  });

  it('given any yearly price and a year cut at month starts, then the months parts add up to the rounded yearly price', () => {
    fc.assert(
      fc.property(
        yearly,
        fc.integer({ min: 2024, max: 2031 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 11 }), { maxLength: 11 }),
        (price, year, cuts) => {
          const at = [0, ...cuts.sort((a, b) => a - b), 12];
          const parts = at.slice(1).map((to, i) => {
            const start = addMonths(`${year}-01-01`, at[i] as number);
            const end = addDays(addMonths(`${year}-01-01`, to), -1);
            return proratedAmount(price, yearSpan(start, end, 'months'));
          });
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(ratioToOre(price));
        },
      ),
    );
  });
});

describe('splitOverSpans', () => {
  it('given a year amount over January–June and July–December, then it is split 181 : 184 with cumulative rounding', () => {
    // 100.000 øre × 181 / 365 = 49.589,04 → 49.589 øre; the rest 50.411 øre.
    const spans = [yearSpan('2026-01-01', '2026-06-30', 'days'), yearSpan('2026-07-01', '2026-12-31', 'days')];
    expect(splitOverSpans(100_000n, spans)).toEqual([49_589n, 50_411n]);
  });

  it('given spans that cover no time, then every part is zero', () => {
    expect(splitOverSpans(100n, [{ from: 5, to: 5, unit: 12 }])).toEqual([0n]);
    expect(splitOverSpans(100n, [])).toEqual([]);
  });

  it('given any amount and spans, then the parts add up to the amount exactly', () => {
    const span = fc
      .tuple(fc.integer({ min: 0, max: 366 }), fc.integer({ min: 0, max: 366 }))
      .map(([a, b]): YearSpan => ({ from: Math.min(a, b), to: Math.max(a, b), unit: 366 }));
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.array(span, { minLength: 1, maxLength: 6 }),
        (amount, spans) => {
          const parts = splitOverSpans(amount, spans);
          const covered = spans.reduce((sum, s) => sum + s.to - s.from, 0);
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(covered === 0 ? 0n : amount);
          // Each part is within one øre of its exact share.
          spans.forEach((s, i) => {
            if (covered === 0) return;
            const exact: Ratio = ratio(amount * BigInt(s.to - s.from), BigInt(covered));
            const off = subtractRatio(ratio(parts[i] as bigint), exact);
            expect(compareRatio(off, ratio(1)) < 0 && compareRatio(off, ratio(-1)) > 0).toBe(true);
          });
        },
      ),
    );
  });
});

describe('splitByYear', () => {
  it('given a period across two new years, then it is cut at each 31 December', () => {
    expect(splitByYear('2026-05-01', '2028-03-31')).toEqual([
      { start: '2026-05-01', end: '2026-12-31', year: 2026 },
      { start: '2027-01-01', end: '2027-12-31', year: 2027 },
      { start: '2028-01-01', end: '2028-03-31', year: 2028 },
    ]);
  });

  it('given a period within one year, then it is one part', () => {
    expect(splitByYear('2026-08-15', '2026-08-15')).toEqual([{ start: '2026-08-15', end: '2026-08-15', year: 2026 }]);
  });

  it('given a start after the end, then there are no parts', () => {
    expect(splitByYear('2027-01-01', '2026-12-31')).toEqual([]);
  });
});
