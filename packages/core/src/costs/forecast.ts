import type { Ore } from '../money/ore.js';
import { amountInYear, type ProjectPlan, sumByYear, type YearAmount } from './plan.js';

/** One municipality's payments per budget year (by invoice date) for each project it is in, and in all. */
export type BudgetForecast = {
  code: string;
  projects: { name: string; byYear: YearAmount[]; total: Ore }[];
  byYear: YearAmount[];
  total: Ore;
};

export function budgetForecast(code: string, plans: readonly ProjectPlan[]): BudgetForecast {
  const projects = plans.flatMap((plan) => {
    const member = plan.members.find((m) => m.code === code);
    return member ? [{ name: plan.name, byYear: member.totalsByYear, total: member.total }] : [];
  });
  return { code, projects, ...sumPayments(projects) };
}

/** What several projects' payments add up to: per budget year, and in all. */
export function sumPayments(payments: readonly { byYear: readonly YearAmount[]; total: Ore }[]): {
  byYear: YearAmount[];
  total: Ore;
} {
  return { byYear: sumByYear(payments.flatMap((p) => p.byYear)), total: payments.reduce((sum, p) => sum + p.total, 0n) };
}

/** The same members under two plans (e.g. the old and the new SAPA model): per member and year, and the difference. */
export type ScenarioComparison = {
  names: [string, string];
  members: {
    code: string;
    name: string;
    years: { year: number; a: Ore; b: Ore; difference: Ore }[];
    a: Ore;
    b: Ore;
    difference: Ore;
  }[];
  a: Ore;
  b: Ore;
  difference: Ore;
};

export function compareScenarios(a: ProjectPlan, b: ProjectPlan): ScenarioComparison {
  const codes = [...new Set([...a.members, ...b.members].map((m) => m.code))].sort();
  const members = codes.map((code) => {
    const left = a.members.find((m) => m.code === code);
    const right = b.members.find((m) => m.code === code);
    const years = [...new Set([...(left?.totalsByYear ?? []), ...(right?.totalsByYear ?? [])].map((y) => y.year))].sort(
      (x, y) => x - y,
    );
    const rows = years.map((year) => {
      const av = amountInYear(left?.totalsByYear, year);
      const bv = amountInYear(right?.totalsByYear, year);
      return { year, a: av, b: bv, difference: bv - av };
    });
    const at = left?.total ?? 0n;
    const bt = right?.total ?? 0n;
    return { code, name: left?.name ?? right?.name ?? code, years: rows, a: at, b: bt, difference: bt - at };
  });
  return { names: [a.name, b.name], members, a: a.total, b: b.total, difference: b.total - a.total };
}
