import type * as Api from '@overblik/api';
import { calendarDateOfCell, normaliseCvr, supplierIdentityProblems } from '@overblik/core';
import { type Executor, listAllSuppliers, type Supplier } from '@overblik/db';
import type { Caller, Deps, Locale } from '../../context.js';
import { AppError, type CellError } from '../../errors/app-error.js';
import type { FieldErrorCode } from '../../errors/catalog.js';
import { fieldMessage } from '../../http/problem.js';
import { type Cell, readTables, type Table, type TableRow } from '../../spreadsheet/read-table.js';
import { requireOrganisation } from '../authorize.js';
import { resolvedList } from '../option-lists/option-lists.js';
import { Pace } from '../pace.js';
import { blankToNull } from '../text.js';
import { SUPPLIER_COLUMNS, SUPPLIER_SHEET, type SupplierField, supplierCellLimit, supplierColumnsOf } from './supplier-sheet.js';
import { identityFieldErrors, insertSupplier, updateSupplierRow } from './suppliers.js';

type Values = Partial<Record<SupplierField, string | null>>;
export type PlannedRow = {
  row: number;
  action: 'create' | 'update' | 'unchanged';
  values: Values;
  existing: Supplier | null;
  changed: SupplierField[];
};

/**
 * Imports suppliers from an .xlsx sheet "Leverandører" (or the first sheet) or a CSV file. Every row is
 * checked and every problem reported with sheet, row and column; a dry run only plans. The real import
 * writes all rows in one transaction or none, and is idempotent: a row updates the supplier with the same
 * CVR number (foreign: same country and id, else same name) instead of adding another.
 */
export async function importSuppliers(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  bytes: Buffer | undefined,
  dryRun: boolean,
  locale: Locale,
  contentType?: string,
): Promise<Api.ImportReport> {
  requireOrganisation(caller, 'write', organisationId);
  if (!bytes || bytes.length === 0) throw new AppError('import_unreadable');
  const tables = await readTables(bytes, SUPPLIER_SHEET, contentType);
  const table = tables.find((t) => t.sheet === SUPPLIER_SHEET) ?? tables[0];
  if (!table)
    throw new AppError('import_invalid', [], [{ sheet: SUPPLIER_SHEET, row: null, column: null, code: 'missing_sheet' }]);
  // A dry run only reads, so it opens no transaction (and on SQLite never waits for the writer).
  const run = async (executor: Executor) => {
    const pace = new Pace();
    const { rows, errors } = await planImport(executor, organisationId, table, pace);
    if (errors.length > 0 && !dryRun) throw new AppError('import_invalid', [], errors);
    const ids = new Map<number, string>();
    if (!dryRun) {
      for (const planned of rows) {
        await pace.step();
        ids.set(planned.row, await applyRow(executor, caller, organisationId, planned));
      }
    }
    return {
      dryRun,
      applied: !dryRun,
      created: rows.filter((r) => r.action === 'create').length,
      updated: rows.filter((r) => r.action === 'update').length,
      unchanged: rows.filter((r) => r.action === 'unchanged').length,
      rows: rows.map((r) => ({
        sheet: table.sheet,
        row: r.row,
        kind: 'supplier' as const,
        action: r.action,
        name: r.values.name ?? r.existing?.name ?? '',
        id: ids.get(r.row) ?? r.existing?.id ?? null,
        changedFields: r.changed,
      })),
      errors: errors.map((e) => ({ ...e, message: fieldMessage(e.code, locale) })),
    };
  };
  return dryRun ? run(deps.db) : deps.db.transaction().execute(run);
}

/** Checks every row of a supplier sheet and plans it (create, update or unchanged); shared with the contract import. */
export async function planImport(
  trx: Executor,
  organisationId: string,
  table: Table,
  pace = new Pace(),
): Promise<{ rows: PlannedRow[]; errors: CellError[] }> {
  const columns = supplierColumnsOf(table);
  const errors: CellError[] = [];
  if (!columns.has('name')) {
    errors.push({ sheet: table.sheet, row: 1, column: 'Navn', code: 'missing_column' });
    return { rows: [], errors };
  }
  const existing = await listAllSuppliers(trx, organisationId);
  const byKey = new Map(existing.map((s) => [identityKey(s.country, s.cvr, s.foreignId, s.name), s]));
  // Labels are accepted in both languages, so an export made in English imports again.
  const [danish, english] = await Promise.all([
    resolvedList(trx, organisationId, 'supplier_classification', 'da'),
    resolvedList(trx, organisationId, 'supplier_classification', 'en'),
  ]);
  const seen = new Map<string, number>();
  const rows: PlannedRow[] = [];

  for (const tableRow of table.rows) {
    await pace.step();
    const fail = (field: SupplierField, code: FieldErrorCode) => {
      const error = { sheet: table.sheet, row: tableRow.row, column: columns.get(field) ?? headingOf(field), code };
      const known = errors.some((e) => e.row === error.row && e.column === error.column && e.code === error.code);
      if (!known) errors.push(error);
    };
    const values = readValues(tableRow, columns, fail);
    const parsedCountry = parseCountry(values.country, () => fail('country', 'invalid_format'));
    if (parsedCountry !== undefined) values.country = parsedCountry;
    else if ('country' in values && values.country === null) values.country = 'DK';
    if (values.cvr) values.cvr = normaliseCvr(values.cvr);
    const country = values.country ?? 'DK';
    const identity = supplierIdentityProblems({ country, cvr: values.cvr ?? null, foreignId: values.foreignId ?? null });
    for (const e of identityFieldErrors(identity)) fail(e.field, e.code);
    if (!values.name) fail('name', 'required');
    const key = identityKey(country, values.cvr ?? null, values.foreignId ?? null, values.name ?? '');
    const match = byKey.get(key) ?? null;
    if (values.classification) {
      const wanted = values.classification.toLowerCase();
      const index = danish.findIndex(
        (v, i) => v.key === wanted || v.label.toLowerCase() === wanted || english[i]?.label.toLowerCase() === wanted,
      );
      const value = danish[index];
      if (value && (!value.disabled || value.key === match?.classification)) values.classification = value.key;
      else fail('classification', 'unknown_option');
    }
    const first = seen.get(key);
    if (first !== undefined) fail(values.cvr ? 'cvr' : 'name', 'duplicate_in_file');
    seen.set(key, tableRow.row);
    const changed = match
      ? (Object.keys(values) as SupplierField[]).filter((f) => (values[f] ?? null) !== (match[f] ?? null))
      : (Object.keys(values) as SupplierField[]).filter((f) => values[f] !== null);
    rows.push({
      row: tableRow.row,
      action: match ? (changed.length ? 'update' : 'unchanged') : 'create',
      values,
      existing: match,
      changed,
    });
  }
  return { rows, errors };
}

function readValues(
  row: TableRow,
  columns: Map<SupplierField, string>,
  fail: (f: SupplierField, c: FieldErrorCode) => void,
): Values {
  const values: Values = {};
  for (const column of SUPPLIER_COLUMNS) {
    const heading = columns.get(column.field);
    if (heading === undefined) continue;
    const text = cellText(row.cells.get(heading) ?? null);
    if (text !== null && text.length > supplierCellLimit(column.field)) fail(column.field, 'too_long');
    values[column.field] = text;
  }
  return values;
}

/** Spreadsheet cells as text: whole numbers without decimals (CVR and postal numbers are often stored as numbers). */
function cellText(cell: Cell): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return calendarDateOfCell(cell);
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nej';
  return blankToNull(cell);
}

function parseCountry(value: string | null | undefined, fail: () => void): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (/^(danmark|denmark)$/i.test(value)) return 'DK';
  if (/^[a-z]{2}$/i.test(value)) return value.toUpperCase();
  fail();
  return undefined;
}

function identityKey(country: string, cvr: string | null, foreignId: string | null, name: string): string {
  if (country === 'DK') return `cvr:${cvr ?? `name:${name.toLowerCase()}`}`;
  return foreignId ? `foreign:${country}:${foreignId.toLowerCase()}` : `name:${country}:${name.toLowerCase()}`;
}

function headingOf(field: SupplierField): string {
  return SUPPLIER_COLUMNS.find((c) => c.field === field)?.heading ?? field;
}

/** Writes one planned supplier row (audited) and returns the supplier's id. */
export async function applyRow(trx: Executor, caller: Caller, organisationId: string, planned: PlannedRow): Promise<string> {
  const { values, existing } = planned;
  if (existing) {
    if (planned.action === 'update') {
      const patch = Object.fromEntries(planned.changed.map((f) => [f, values[f] ?? null]));
      await updateSupplierRow(trx, caller, organisationId, existing.id, patch);
    }
    return existing.id;
  }
  const row = await insertSupplier(trx, caller, organisationId, { ...values, name: values.name ?? '' });
  return row.id;
}
