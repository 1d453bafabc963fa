import type * as Api from '@overblik/api';
import { readUsageTable, type UsageErrorCode } from '@overblik/core';
import { type Executor, findCostProject, listCostProjectMembers, readMunicipalities, updateAudited } from '@overblik/db';
import type { Caller, Deps, Locale } from '../../context.js';
import { AppError, type CellError } from '../../errors/app-error.js';
import type { FieldErrorCode } from '../../errors/catalog.js';
import { fieldMessage } from '../../http/problem.js';
import { cellText } from '../../spreadsheet/cells.js';
import { readTables } from '../../spreadsheet/read-table.js';
import { requireOrganisation } from '../authorize.js';
import { storeProblems } from './stored-projects.js';

const SHEET = 'Forbrug';

const ERROR_CODES: Record<UsageErrorCode, FieldErrorCode> = {
  missing_column: 'missing_column',
  required: 'required',
  unknown_municipality: 'unknown_municipality',
  not_a_member: 'not_a_project_member',
  invalid_year: 'invalid_year',
  invalid_number: 'invalid_number',
  duplicate_in_file: 'duplicate_usage_in_file',
};

type OutsideItem = { name: string; unitPrice: string; usage: Record<string, Record<string, number>> };

/**
 * Imports consumption outside a buffet (e.g. CPR look-ups per municipality and year, from the supplier's or the
 * operator's statement) into the project's model: the years in the file replace that item's usage for those
 * years, for every member; other years stay. All or nothing, with every row error; the change of the model is
 * audited like any other change of the project, and the usage invoices follow from it (1 February after the year).
 */
export async function importCostUsage(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  projectId: string,
  bytes: Buffer | undefined,
  options: { item: string; dryRun: boolean; contentType: string | undefined; locale: Locale },
): Promise<Api.CostUsageImportReport> {
  requireOrganisation(caller, 'write', organisationId);
  if (!(await findCostProject(deps.db, organisationId, projectId))) throw new AppError('cost_project_not_found');
  if (!bytes || bytes.length === 0) throw new AppError('import_unreadable');
  // The file is read (in a worker thread) before any transaction; a dry run opens none.
  const [table] = await readTables(bytes, SHEET, options.contentType);
  const run = async (trx: Executor) => {
    const project = await findCostProject(trx, organisationId, projectId);
    if (!project) throw new AppError('cost_project_not_found');
    const model = JSON.parse(project.model) as { kind: string; outside?: OutsideItem[] };
    const item = model.kind === 'buffet' ? model.outside?.find((o) => o.name === options.item) : undefined;
    if (!item) throw new AppError('cost_usage_item_unknown');
    const members = new Set((await listCostProjectMembers(trx, organisationId, [projectId])).map((m) => m.municipalityCode));
    const read = readUsageTable(
      table?.headings ?? [],
      (table?.rows ?? []).map((r) => ({
        row: r.row,
        cells: (table?.headings ?? []).map((h) => cellText(r.cells.get(h) ?? null) ?? ''),
      })),
      readMunicipalities(),
      members,
    );
    const sheet = table?.sheet ?? SHEET;
    const errors: CellError[] = read.errors.map((e) => ({ sheet, row: e.row, column: e.column, code: ERROR_CODES[e.code] }));
    if (errors.length > 0 && !options.dryRun) throw new AppError('import_invalid', [], errors);
    if (!options.dryRun) {
      const usage: OutsideItem['usage'] = {};
      for (const [code, years] of Object.entries(item.usage ?? {})) {
        const kept = Object.entries(years).filter(([year]) => !read.years.includes(Number(year)));
        if (kept.length > 0) usage[code] = Object.fromEntries(kept);
      }
      for (const [code, years] of read.usage) {
        usage[code] = { ...usage[code], ...Object.fromEntries([...years].map(([year, units]) => [String(year), units])) };
      }
      item.usage = usage;
      await updateAudited(
        trx,
        caller.audit,
        'costProjects',
        { id: projectId, organisationId },
        { model: JSON.stringify(model), updatedAt: deps.clock.now().toISOString() },
      );
      // The description changed: its problems are computed again and stored.
      const changed = await findCostProject(trx, organisationId, projectId);
      if (changed) await storeProblems(trx, changed);
    }
    return {
      item: item.name,
      dryRun: options.dryRun,
      applied: !options.dryRun,
      years: read.years,
      municipalities: read.usage.size,
      units: [...read.usage.values()].reduce((sum, years) => sum + [...years.values()].reduce((a, b) => a + b, 0), 0),
      errors: errors.map((e) => ({ ...e, message: fieldMessage(e.code, options.locale) })),
    };
  };
  return options.dryRun ? run(deps.db) : deps.db.transaction().execute(run);
}
