import type * as Api from '@overblik/api';
import {
  isPopulationHeadingRow,
  type PopulationErrorCode,
  type PopulationTable,
  readPopulationTable,
  safeFileName,
} from '@overblik/core';
import { type Executor, insertAudited, insertPopulationFigures, listPopulationImports, readMunicipalities } from '@overblik/db';
import type { Caller, Deps, Locale } from '../../context.js';
import { AppError, type CellError } from '../../errors/app-error.js';
import type { FieldErrorCode } from '../../errors/catalog.js';
import { fieldMessage } from '../../http/problem.js';
import { cellText } from '../../spreadsheet/cells.js';
import { readRawSheets } from '../../spreadsheet/read-table.js';
import { requireJointOrganisation, requireOrganisation } from '../authorize.js';
import { type CurrentFigure, currentPopulations, refreshProblems } from './stored-projects.js';

const SHEET = 'Indbyggertal';

export async function listPopulations(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.PopulationQuery,
): Promise<Api.PopulationList> {
  requireOrganisation(caller, 'read', organisationId);
  const [current, imports] = await Promise.all([
    currentPopulations(deps.db, organisationId, query.municipalityCode ? [query.municipalityCode] : undefined),
    listPopulationImports(deps.db, organisationId),
  ]);
  const names = new Map(readMunicipalities().map((m) => [m.code, m.name]));
  const dates = [...new Set([...current.values()].flatMap((list) => list.map((f) => f.date)))].sort().reverse();
  const figures = [...current.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([code, list]) =>
      list
        .filter((f) => !query.date || f.date === query.date)
        .map((f) => ({
          municipalityCode: code,
          name: names.get(code) ?? code,
          date: f.date,
          population: f.population,
          importId: f.importId,
          previous: f.previous,
        })),
    );
  return {
    dates,
    figures,
    imports: imports.map((i) => ({
      id: i.id,
      fileName: safeFileName(i.fileName, null),
      layout: i.layout,
      figureCount: i.figureCount,
      changedCount: i.changedCount,
      importedBy: i.importedBy,
      createdAt: i.createdAt,
    })),
  };
}

const ERROR_CODES: Record<PopulationErrorCode, FieldErrorCode> = {
  missing_column: 'missing_column',
  required: 'required',
  unknown_municipality: 'unknown_municipality',
  invalid_date: 'invalid_date',
  invalid_number: 'invalid_number',
  duplicate_in_file: 'duplicate_figure_in_file',
};

/**
 * Imports populations from CSV or .xlsx: our own columns (kommunekode or kommune, indbyggere, dato), or
 * Statistikbanken's FOLK1A export (`OMRÅDE;TID;INDHOLD`, or the matrix with quarters as columns; "2024K1" is
 * 1 January 2024). Rows that are not municipalities are skipped and listed. Every row is checked first; the
 * figures are written in one transaction or not at all, as a new version: earlier figures stay, and the import
 * records (and the audit trail shows) each figure it changed, before and after.
 */
export async function importPopulations(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  bytes: Buffer | undefined,
  options: { dryRun: boolean; fileName: string | null; contentType: string | undefined; locale: Locale },
): Promise<Api.PopulationImportReport> {
  requireOrganisation(caller, 'write', organisationId);
  await requireJointOrganisation(deps.db, organisationId);
  if (!bytes || bytes.length === 0) throw new AppError('import_unreadable');
  const sheets = (await readRawSheets(bytes, SHEET, options.contentType, { isHeadingRow: isPopulationHeadingRow })).map((s) => ({
    sheet: s.sheet,
    rows: s.rows.map((r) => ({ row: r.row, cells: r.cells.map((c) => cellText(c) ?? '') })),
  }));
  // The sheet with a heading row of one of the layouts (a workbook may have notes on another sheet), else the first.
  const sheet = sheets.find((s) => s.rows.some((r) => isPopulationHeadingRow(r.cells))) ?? sheets[0];
  const rows = sheet?.rows ?? [];
  const headingIndex = Math.max(
    rows.slice(0, 10).findIndex((r) => isPopulationHeadingRow(r.cells)),
    0,
  );
  const table = readPopulationTable(rows[headingIndex]?.cells ?? [], rows.slice(headingIndex + 1), readMunicipalities());
  const sheetName = sheet?.sheet ?? SHEET;
  const errors: CellError[] = table.errors.map((e) => ({
    sheet: sheetName,
    row: e.row,
    column: e.column,
    code: ERROR_CODES[e.code],
  }));
  if (rows.length === 0) errors.push({ sheet: sheetName, row: null, column: null, code: 'missing_column' });
  if (errors.length > 0 && !options.dryRun) throw new AppError('import_invalid', [], errors);

  // A dry run only compares with what is stored: it opens no transaction.
  const run = async (trx: Executor) => {
    const current = await currentPopulations(trx, organisationId);
    const changes = compare(table, current);
    let importId: string | null = null;
    if (!options.dryRun) {
      const version = (await listPopulationImports(trx, organisationId)).reduce((max, i) => Math.max(max, i.version), 0) + 1;
      const now = deps.clock.now().toISOString();
      const row = await insertAudited(trx, caller.audit, 'populationImports', {
        id: crypto.randomUUID(),
        organisationId,
        version,
        fileName: safeFileName(options.fileName, null),
        layout: table.layout,
        figureCount: table.figures.length,
        changedCount: changes.changed.length,
        changes: JSON.stringify(changes.changed),
        importedBy: caller.audit.name,
        createdAt: now,
        updatedAt: now,
      });
      importId = row.id;
      await insertPopulationFigures(
        trx,
        organisationId,
        row.id,
        version,
        table.figures.map((f) => ({ id: crypto.randomUUID(), municipalityCode: f.code, date: f.date, population: f.population })),
      );
      // The figures the projects' problems depend on have changed: they are computed again and stored.
      if (changes.created > 0 || changes.changed.length > 0) await refreshProblems(trx, organisationId);
    }
    return {
      dryRun: options.dryRun,
      applied: !options.dryRun,
      importId,
      layout: table.layout,
      figures: table.figures.length,
      created: changes.created,
      changed: changes.changed.length,
      unchanged: changes.unchanged,
      skipped: table.skipped,
      errors: errors.map((e) => ({ ...e, message: fieldMessage(e.code, options.locale) })),
    };
  };
  return options.dryRun ? run(deps.db) : deps.db.transaction().execute(run);
}

/** How the file's figures compare with the current ones: new days, changed figures (before → after), the same. */
function compare(table: PopulationTable, current: Map<string, CurrentFigure[]>) {
  let created = 0;
  let unchanged = 0;
  const changed: { code: string; date: string; before: number; after: number }[] = [];
  for (const f of table.figures) {
    const before = current.get(f.code)?.find((c) => c.date === f.date);
    if (!before) created++;
    else if (before.population === f.population) unchanged++;
    else changed.push({ code: f.code, date: f.date, before: before.population, after: f.population });
  }
  return { created, changed, unchanged };
}
