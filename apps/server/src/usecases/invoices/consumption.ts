import type * as Api from '@overblik/api';
import { type CalendarDate, expectedCost, oreToDecimalString, priceIndexKey } from '@overblik/core';
import { contractsForControl, forOrganisation, invoicesForConsumption, priceIndexValues } from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import type { FileDownload } from '../../http/send-file.js';
import { csvFile, numberCell, type SheetData, xlsxFile } from '../../spreadsheet/write-table.js';
import { requireOrganisation } from '../authorize.js';
import { controlContractsOf } from './invoice-check.js';

export const CONSUMPTION_RULES =
  'Beløb er ekskl. moms og efter fakturadato i året. Afviste fakturaer og dubletter tælles ikke med; kreditnotaer trækkes fra. ' +
  '"Inden for kontrakt" er fakturaer knyttet til en kontrakt; resten er køb uden for kontrakt. "Forventet" er kontraktens ' +
  'løbende priselementer (pris efter regulering × antal) for de måneder af året, hvor de gælder; engangsydelser indgår ikke. ' +
  '"Afvigelser" er beløbet, kontrollen har fundet i spil på hver af årets fakturaer (overlappende afvigelser tælles én gang, ' +
  'højst fakturaens beløb ekskl. moms), lagt sammen; "krediteret" er årets kreditnotaer.';

type Sums = { invoiced: bigint; within: bigint; outside: bigint; credited: bigint; deviations: bigint; count: number };
const zero = (): Sums => ({ invoiced: 0n, within: 0n, outside: 0n, credited: 0n, deviations: 0n, count: 0 });
const money = oreToDecimalString;

/**
 * Consumption monitoring (forbrugsmonitorering) for one year: per supplier the total invoiced within and
 * outside contracts, per contract invoiced against what its price elements lead one to expect, the
 * deviations found and the amounts credited, and the months for the chart.
 */
export async function consumptionReport(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  year: number,
): Promise<Api.ConsumptionReport> {
  requireOrganisation(caller, 'read', organisationId);
  const from: CalendarDate = `${year}-01-01`;
  const to: CalendarDate = `${year}-12-31`;
  const invoices = (await invoicesForConsumption(deps.db, organisationId, from, to)).filter((i) => i.duplicateOfId === null);
  const total = zero();
  const bySupplier = new Map<string, Sums & { supplierId: string | null; name: string; cvr: string | null }>();
  const byContract = new Map<string, Sums>();
  const months = new Map<string, { within: bigint; outside: bigint }>();
  for (const i of invoices) {
    const amount = BigInt(i.lineExtensionAmount as number | string | bigint);
    const deviation = i.kind === 'invoice' ? BigInt(i.deviationAmount as number | string | bigint) : 0n;
    // One row per supplier: the CVR number is its identity (the check matches the registered supplier by it), so an
    // invoice checked before its supplier was registered, and frozen by a decision, is still counted with the others.
    const key = i.supplierCvr !== null ? `cvr:${i.supplierCvr}` : (i.matchedSupplierId ?? `name:${i.supplierName ?? '?'}`);
    const supplier = bySupplier.get(key) ?? {
      ...zero(),
      supplierId: null,
      name: i.supplierName ?? i.supplierCvr ?? 'Ukendt leverandør',
      cvr: i.supplierCvr,
    };
    if (i.matchedSupplierId !== null && supplier.supplierId === null) {
      supplier.supplierId = i.matchedSupplierId;
      supplier.name = i.registeredSupplierName ?? supplier.name;
    }
    const month = months.get(i.issueDate.slice(0, 7)) ?? { within: 0n, outside: 0n };
    for (const sums of [total, supplier]) add(sums, amount, deviation, i.matchedContractId !== null, i.kind === 'credit_note');
    if (i.matchedContractId) {
      const contract = byContract.get(i.matchedContractId) ?? zero();
      add(contract, amount, deviation, true, i.kind === 'credit_note');
      byContract.set(i.matchedContractId, contract);
      month.within += amount;
    } else month.outside += amount;
    bySupplier.set(key, supplier);
    months.set(i.issueDate.slice(0, 7), month);
  }
  const contracts = await contractRows(deps, organisationId, [...byContract.keys()], byContract, { start: from, end: to });
  return {
    year,
    totals: {
      invoiced: money(total.invoiced),
      withinContracts: money(total.within),
      outsideContracts: money(total.outside),
      deviationAmount: money(total.deviations),
      recovered: money(total.credited),
    },
    months: Array.from({ length: 12 }, (_, m) => {
      const key = `${year}-${String(m + 1).padStart(2, '0')}`;
      const sums = months.get(key) ?? { within: 0n, outside: 0n };
      return { month: key, withinContracts: money(sums.within), outsideContracts: money(sums.outside) };
    }),
    suppliers: [...bySupplier.values()]
      .sort((a, b) => (b.invoiced > a.invoiced ? 1 : b.invoiced < a.invoiced ? -1 : a.name.localeCompare(b.name, 'da')))
      .map((s) => ({
        supplierId: s.supplierId,
        supplierName: s.name,
        supplierCvr: s.cvr,
        invoiced: money(s.invoiced),
        withinContracts: money(s.within),
        outsideContracts: money(s.outside),
        credited: money(s.credited),
        deviationAmount: money(s.deviations),
        recovered: money(s.credited),
        invoiceCount: s.count,
      })),
    contracts,
    rules: CONSUMPTION_RULES,
  };
}

function add(sums: Sums, amount: bigint, deviation: bigint, within: boolean, credit: boolean) {
  sums.invoiced += amount;
  if (within) sums.within += amount;
  else sums.outside += amount;
  if (credit) sums.credited -= amount;
  sums.deviations += deviation;
  sums.count++;
}

async function contractRows(
  deps: Deps,
  organisationId: string,
  contractIds: string[],
  sums: Map<string, Sums>,
  period: { start: CalendarDate; end: CalendarDate },
): Promise<Api.ConsumptionReport['contracts']> {
  if (contractIds.length === 0) return [];
  const found = await contractsForControl(deps.db, organisationId, { supplierId: null, numbers: [], ids: contractIds });
  const supplierIds = [...new Set(found.contracts.map((c) => c.supplierId).filter((id): id is string => id !== null))];
  const supplierNames = new Map(
    supplierIds.length === 0
      ? []
      : (
          await forOrganisation(deps.db, organisationId)
            .selectFrom('suppliers')
            .select(['id', 'name'])
            .where('id', 'in', supplierIds)
            .execute()
        ).map((s) => [s.id, s.name]),
  );
  const indices = new Map<string, Map<string, string>>();
  const rows: Api.ConsumptionReport['contracts'] = [];
  for (const contract of controlContractsOf(found)) {
    const regulation = contract.priceRegulation;
    const indexName = regulation.kind === 'index' && regulation.index ? priceIndexKey(regulation.index) : null;
    if (indexName && !indices.has(indexName)) indices.set(indexName, await priceIndexValues(deps.db, indexName));
    const expected = expectedCost(
      contract.priceElements,
      period,
      regulation,
      (indexName && indices.get(indexName)) || new Map(),
    ).total;
    const s = sums.get(contract.id) ?? zero();
    rows.push({
      contractId: contract.id,
      contractNumber: contract.number,
      contractName: contract.name,
      supplierName: contract.supplierId ? (supplierNames.get(contract.supplierId) ?? null) : null,
      invoiced: money(s.invoiced),
      expected: money(expected),
      difference: money(s.invoiced - expected),
      deviationAmount: money(s.deviations),
      recovered: money(s.credited),
    });
  }
  return rows.sort((a, b) => a.contractNumber.localeCompare(b.contractNumber, 'da', { numeric: true }));
}

/** The report as a workbook (or CSV of the supplier table): the data behind each chart. */
export async function exportConsumption(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  year: number,
  format: 'xlsx' | 'csv',
): Promise<FileDownload> {
  const report = await consumptionReport(deps, caller, organisationId, year);
  const suppliers: SheetData = {
    name: 'Leverandører',
    columns: [
      { heading: 'Leverandør', width: 30 },
      { heading: 'CVR-nummer', width: 12 },
      { heading: 'Faktureret i alt', kind: 'number', width: 16 },
      { heading: 'Inden for kontrakt', kind: 'number', width: 16 },
      { heading: 'Uden for kontrakt', kind: 'number', width: 16 },
      { heading: 'Afvigelser fundet', kind: 'number', width: 16 },
      { heading: 'Krediteret', kind: 'number', width: 16 },
      { heading: 'Fakturaer', kind: 'integer', width: 10 },
    ],
    rows: report.suppliers.map((s) => [
      s.supplierName,
      s.supplierCvr,
      numberCell(s.invoiced),
      numberCell(s.withinContracts),
      numberCell(s.outsideContracts),
      numberCell(s.deviationAmount),
      numberCell(s.credited),
      s.invoiceCount,
    ]),
  };
  const stem = `forbrug-${year}`;
  if (format === 'csv') return csvFile(stem, suppliers);
  const contracts: SheetData = {
    name: 'Kontrakter',
    columns: [
      { heading: 'Kontraktnummer', width: 16 },
      { heading: 'Kontrakt', width: 40 },
      { heading: 'Leverandør', width: 30 },
      { heading: 'Faktureret', kind: 'number', width: 16 },
      { heading: 'Forventet', kind: 'number', width: 16 },
      { heading: 'Forskel', kind: 'number', width: 16 },
      { heading: 'Afvigelser fundet', kind: 'number', width: 16 },
      { heading: 'Krediteret', kind: 'number', width: 16 },
    ],
    rows: report.contracts.map((c) => [
      c.contractNumber,
      c.contractName,
      c.supplierName,
      numberCell(c.invoiced),
      numberCell(c.expected),
      numberCell(c.difference),
      numberCell(c.deviationAmount),
      numberCell(c.recovered),
    ]),
  };
  const monthsSheet: SheetData = {
    name: 'Måneder',
    columns: [
      { heading: 'Måned', width: 10 },
      { heading: 'Inden for kontrakt', kind: 'number', width: 16 },
      { heading: 'Uden for kontrakt', kind: 'number', width: 16 },
    ],
    rows: report.months.map((m) => [m.month, numberCell(m.withinContracts), numberCell(m.outsideContracts)]),
  };
  return xlsxFile(stem, [suppliers, contracts, monthsSheet]);
}
