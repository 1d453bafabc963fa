import { describe, expect, it } from 'vitest';
import { formatKroner } from '../money/kroner-format.js';
import { ratio } from '../money/ratio.js';
import type { MemberPlan, PlannedInvoice } from './plan.js';
import { readCostProject } from './project.js';
import { formatRatioKroner, ruleText } from './statement.js';
import { type Json, member, plan, project } from './test-projects.js';

const first = (json: Json): MemberPlan => plan(json).members[0] as MemberPlan;
const ofKind = (m: MemberPlan, kind: PlannedInvoice['kind']) => m.invoices.filter((i) => i.kind === kind);
const textOf = (invoice: PlannedInvoice | undefined) => invoice?.text ?? '';

describe('formatRatioKroner', () => {
  it.each<[string, ReturnType<typeof ratio>, string]>([
    ['25 kr.', ratio(2500), '25,00 kr.'],
    ['a price with four decimals', ratio(8525, 100), '0,8525 kr.'],
    ['a price per inhabitant of 1.000.000 kr. ÷ 90.000', ratio(100_000_000, 90_000), '11,1111 kr.'],
    ['a yearly price in millions', ratio(387_500_000), '3.875.000,00 kr.'],
  ])('given %s, then the text is as a finance officer writes it', (_name, ore, expected) => {
    expect(formatRatioKroner(ore)).toBe(expected);
  });
});

describe('invoice texts (per inhabitant with kink)', () => {
  it('given 160.000 inhabitants, then the text shows the kink calculation, the days and the amount', () => {
    // 150.000 × 25,00 kr. + 10.000 × 12,50 kr. = 3.875.000,00 kr.; × 181/365 = 1.921.575,34 kr.
    const text = textOf(first(project())?.invoices[0]);
    expect(text).toContain('Kommune 101, faktura 1. februar 2026 for 1. januar 2026–30. juni 2026');
    expect(text).toContain('årspris 3.875.000,00 kr.');
    expect(text).toContain('160.000 indbyggere (pr. 1. januar 2026)');
    expect(text).toContain('150.000 × 25,00 kr. + 10.000 × 12,50 kr.');
    expect(text).toContain('× 181 af 365 dage');
    expect(text).toContain('= 1.921.575,34 kr.');
  });

  it('given the second half year, then the text says × 184 af 365 dage and the rest of the yearly price', () => {
    const text = textOf(first(project())?.invoices[1]);
    expect(text).toContain('faktura 1. september 2026 for 1. juli 2026–31. december 2026');
    expect(text).toContain('× 184 af 365 dage = 1.953.424,66 kr.');
  });

  it('given a population below the threshold, then the text is population × rate', () => {
    const text = textOf(first(project({ members: [member('101', 100_000)] }))?.invoices[0]);
    expect(text).toContain('100.000 × 25,00 kr.');
    expect(text).not.toContain('12,50 kr.');
  });

  it('given a year priced with an older figure, then the text says it is the latest known', () => {
    const text = textOf(first(project())?.invoices[2]);
    expect(text).toContain('seneste kendte tal, pr. 1. januar 2026');
  });

  it('given the leap year 2028, then the text says × 182 af 366 dage', () => {
    const m = first(
      project({
        period: { start: '2028-01-01', end: '2028-12-31' },
        members: [
          member('101', 33_333, { availableFrom: '2028-01-01', populations: [{ date: '2028-01-01', population: 33_333 }] }),
        ],
      }),
    );
    // 33.333 × 25,00 kr. = 833.325,00 kr.; × 182/366 = 414.385,66 kr.
    expect(textOf(m.invoices[0])).toContain('× 182 af 366 dage = 414.385,66 kr.');
  });

  it('given months proration from 15 May, then the text says 7 af 12 måneder', () => {
    const m = first(project({ proration: 'months', members: [member('101', 48_000, { availableFrom: '2026-05-15' })] }));
    expect(textOf(m.invoices[0])).toContain('× 7 af 12 måneder = 700.000,00 kr.');
  });

  it('given an exit, then the exit text gives the date, the period and each year with the total', () => {
    const m = first(
      project({
        period: { start: '2026-01-01', end: '2029-12-31' },
        members: [member('101', 100_000, { exitOn: '2027-08-15' })],
      }),
    );
    const text = textOf(ofKind(m, 'exit')[0]);
    expect(text).toContain('udtrædelse pr. 15. august 2027');
    expect(text).toContain('15. august 2027–31. december 2029');
    expect(text).toContain('× 139 af 365 dage = 952.054,79 kr.');
    expect(text).toContain('× 366 af 366 dage = 2.500.000,00 kr.');
    expect(text).toMatch(/I alt 5\.952\.054,79 kr\.$/);
  });

  it('given any invoice, then its text ends in its amount', () => {
    const m = first(project({ members: [member('101', 100_000, { exitOn: '2027-08-15' })] }));
    for (const invoice of m.invoices) {
      expect(invoice.text.endsWith(formatKroner(invoice.amount))).toBe(true);
    }
  });
});

describe('invoice texts (fee, buffet, shares)', () => {
  it('given a fee of 14,83 kr., then the text shows population × 14,83 kr.', () => {
    const m = first(project({ model: { kind: 'fee_per_inhabitant', rate: '14.83' }, members: [member('101', 40_123)] }));
    // 40.123 × 14,83 kr. = 595.024,09 kr.; × 181/365 = 295.066,74 kr.
    expect(textOf(m.invoices[0])).toContain(
      'årspris 595.024,09 kr. for 40.123 indbyggere (pr. 1. januar 2026): 40.123 × 14,83 kr.',
    );
    expect(textOf(m.invoices[0])).toContain('= 295.066,74 kr.');
  });

  const buffet = project({
    model: {
      kind: 'buffet',
      years: [
        { year: 2026, expectedCosts: '1000000.00' },
        { year: 2027, expectedCosts: '1200000.00', settlement: { year: 2026, actualCosts: '1100000.00', billed: '1000000.00' } },
      ],
      outside: [{ name: 'CPR-opslag', unitPrice: '0.8525', usage: { '101': { '2026': 1200 } } }],
    },
    members: [member('101', 60_000), member('147', 30_000)],
  });

  it('given a buffet, then the text shows the price per inhabitant, the year costs and the member year amount', () => {
    const m = first(buffet);
    const text = textOf(m.invoices[0]);
    // 1.000.000,00 kr. ÷ 90.000 = 11,1111 kr.; 60.000 × 11,1111… = 666.666,67 kr.
    expect(text).toContain('buffetpris 11,1111 kr. pr. indbygger');
    expect(text).toContain('årets omkostninger 1.000.000,00 kr.');
    expect(text).toContain('kommunens beløb for året 666.666,67 kr.');
    expect(text).toContain('60.000 indbyggere');
  });

  it('given a settlement, then the text mentions the correction', () => {
    const m = first(buffet);
    const text = textOf(m.invoices.find((i) => i.kind === 'regular' && i.start === '2027-01-01'));
    expect(text).toContain('årets omkostninger 1.300.000,00 kr. inkl. regulering 100.000,00 kr.');
  });

  it('given usage outside the buffet, then the text shows units × unit price', () => {
    const text = textOf(ofKind(first(buffet), 'usage')[0]);
    expect(text).toContain('faktura 1. februar 2027');
    expect(text).toContain('forbrug uden for buffeten i 2026');
    expect(text).toContain('CPR-opslag 1.200 × 0,8525 kr. = 1.023,00 kr.');
    expect(text).toMatch(/I alt 1\.023,00 kr\.$/);
  });

  it('given fixed percentages, then the text shows the percentage of the year costs', () => {
    const m = first(
      project({
        period: { start: '2026-01-01', end: '2026-12-31' },
        members: [member('201', 0), member('151', 0)],
        model: {
          kind: 'shares',
          years: [{ year: 2026, costs: '1000000.00' }],
          split: { kind: 'percent', percents: { '151': '87.63', '201': '12.37' } },
        },
      }),
    );
    // 151 sorts first: 87,63 % of 1.000.000,00 kr. = 876.300,00 kr.
    expect(textOf(m.invoices[0])).toContain('andel 87,63 % af årets omkostninger 1.000.000,00 kr.');
    expect(textOf(m.invoices[0])).toContain('kommunens beløb for året 876.300,00 kr.');
  });
});

describe('ruleText', () => {
  it('given the KOMBIT model with days, then the rule names the kink, the invoicing, 365 or 366 days and the period end', () => {
    const text = ruleText(readCostProject(project()));
    expect(text).toContain(
      'Pris: 25,00 kr. pr. indbygger pr. år for de første 150.000 indbyggere og 12,50 kr. (50 %) for hver indbygger derover (knækrabat).',
    );
    expect(text).toContain('i februar for januar–juni og i september for juli–december');
    expect(text).toContain('dagene i året (365 eller 366)');
    expect(text).toContain('pr. 1. januar i faktureringsåret');
    expect(text).toContain('til 31. december 2027 (samme dag for alle)');
    expect(text).toContain('Udtræder en kommune før periodens udløb');
    expect(text).not.toContain('Pilotkommuner');
  });

  it('given months proration, then the rule says whole calendar months ÷ 12', () => {
    const text = ruleText(readCostProject(project({ proration: 'months' })));
    expect(text).toMatch(/kalendermåneder.*÷ 12/);
    expect(text).not.toContain('365 eller 366');
  });

  it('given a pilot, then the rule mentions the free months', () => {
    const text = ruleText(readCostProject(project({ members: [member('101', 1, { pilot: true })] })));
    expect(text).toContain('Pilotkommuner betaler ikke for de første 2 måneder');
  });

  it('given yearly invoicing and a fee, then the rule says so', () => {
    const text = ruleText(
      readCostProject(project({ invoicing: 'yearly', model: { kind: 'fee_per_inhabitant', rate: '14.83' } })),
    );
    expect(text).toContain('Kontingent: 14,83 kr. pr. indbygger pr. år.');
    expect(text).toContain('Fakturering én gang om året i februar');
  });

  it('given a buffet, then the rule explains the price, the settlement and the usage outside it', () => {
    const text = ruleText(readCostProject(project({ model: { kind: 'buffet', years: [] } })));
    expect(text).toContain('Buffetpris');
    expect(text).toContain('faktiske omkostninger minus det, der blev faktureret');
    expect(text).toContain('største rest');
    expect(text).toContain('Forbrug uden for buffeten faktureres pr. enhed i februar året efter');
    expect(text).not.toContain('Udtræder');
  });

  it('given shares, then the rule names the kind of split and does not mention populations', () => {
    const text = ruleText(readCostProject(project({ model: { kind: 'shares', years: [], split: { kind: 'equal' } } })));
    expect(text).toContain('lige store andele');
    expect(text).not.toContain('Indbyggertallet');
  });

  it('given a plan, then its rule is the rule text of the project', () => {
    expect(plan(project()).rule).toBe(ruleText(readCostProject(project())));
  });
});
