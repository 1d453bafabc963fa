import type { ConsumptionReport } from '@overblik/api';

type SupplierRow = ConsumptionReport['suppliers'][number];

const MONEY = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** "1234.5" → 123450n øre; exact, never through a float. */
export function moneyToOre(text: string): bigint {
  const match = MONEY.exec(text.trim());
  if (!match) throw new Error(`not an amount: ${text}`);
  const [, sign, whole = '0', fraction = ''] = match;
  const ore = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return sign ? -ore : ore;
}

/** 123450n øre → "1234.50". */
export function oreToMoney(ore: bigint): string {
  const negative = ore < 0n;
  const abs = negative ? -ore : ore;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** The exact sum of amounts given as decimal strings. */
export function sumMoney(values: readonly string[]): string {
  return oreToMoney(values.reduce((sum, v) => sum + moneyToOre(v), 0n));
}

/** An amount as the number a chart draws (the tables next to the charts carry the exact amounts). */
export function chartAmount(text: string): number {
  return Number(text);
}

export type MonthRow = { month: string; withinContracts: string; outsideContracts: string; total: string };

/** The report's months with what was invoiced in all, in calendar order. */
export function monthRows(report: Pick<ConsumptionReport, 'months'>): MonthRow[] {
  return [...report.months]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((m) => ({ ...m, total: sumMoney([m.withinContracts, m.outsideContracts]) }));
}

/** A supplier among the largest, with the name it is shown by. */
export type TopSupplier = SupplierRow & { label: string };

/**
 * The suppliers invoicing the most (within and outside contracts together, net of credit notes), the largest first.
 * Only suppliers with more invoiced than credited are among the largest: one whose credit notes cancel its invoices
 * (0,00) is not. Two suppliers of the same name (two CVR numbers) are told apart by their CVR numbers.
 */
export function topSuppliers(suppliers: readonly SupplierRow[], count = 10): TopSupplier[] {
  const top = suppliers
    .filter((s) => moneyToOre(s.invoiced) > 0n)
    .sort((a, b) => {
      const diff = moneyToOre(b.invoiced) - moneyToOre(a.invoiced);
      return diff > 0n ? 1 : diff < 0n ? -1 : a.supplierName.localeCompare(b.supplierName, 'da');
    })
    .slice(0, count);
  const named = new Map<string, number>();
  for (const s of top) named.set(s.supplierName, (named.get(s.supplierName) ?? 0) + 1);
  return top.map((s) => ({
    ...s,
    label: (named.get(s.supplierName) ?? 0) > 1 && s.supplierCvr ? `${s.supplierName} (CVR ${s.supplierCvr})` : s.supplierName,
  }));
}

/** The years the page offers, newest first: from next year back to the first the report covers, and the chosen one. */
export function yearChoices(thisYear: number, chosen: number, firstYear: number): number[] {
  const years = Array.from({ length: Math.max(0, thisYear + 1 - firstYear + 1) }, (_, i) => thisYear + 1 - i);
  if (!years.includes(chosen)) years.push(chosen);
  return years.sort((a, b) => b - a);
}
