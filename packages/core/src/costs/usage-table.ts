import { areaReader, type PopulationMunicipality, type PopulationSourceRow, parseWholeNumber } from './population-table.js';

/**
 * Reads consumption outside a buffet (e.g. CPR look-ups) per municipality and year from a table with the columns
 * Kommunekode (or Kommune), År and Antal: the basis of the usage invoices (units × unit price, billed to the
 * municipality that used them). Every row error is returned; an import must be refused when there is any.
 */
export type UsageErrorCode =
  | 'missing_column'
  | 'required'
  | 'unknown_municipality'
  | 'not_a_member'
  | 'invalid_year'
  | 'invalid_number'
  | 'duplicate_in_file';
export type UsageRowError = { row: number; column: string | null; code: UsageErrorCode };
export type UsageTable = {
  /** Units by kommunekode and year. */
  usage: Map<string, Map<number, number>>;
  years: number[];
  errors: UsageRowError[];
};

const CODE = ['kommunekode', 'kode', 'code'];
const NAME = ['kommune', 'navn', 'name', 'municipality'];
const YEAR = ['år', 'aar', 'year'];
const UNITS = ['antal', 'forbrug', 'units', 'enheder', 'mængde'];

export function readUsageTable(
  headings: readonly string[],
  rows: readonly PopulationSourceRow[],
  municipalities: readonly PopulationMunicipality[],
  members: ReadonlySet<string>,
): UsageTable {
  const keys = headings.map((h) => h.trim().toLocaleLowerCase('da'));
  const find = (names: readonly string[]) => keys.findIndex((k) => names.includes(k));
  const code = find(CODE);
  const name = find(NAME);
  const year = find(YEAR);
  const units = find(UNITS);
  const errors: UsageRowError[] = [];
  const usage = new Map<string, Map<number, number>>();
  const missing: [number, string][] = [
    [code >= 0 ? code : name, 'Kommunekode eller Kommune'],
    [year, 'År'],
    [units, 'Antal'],
  ];
  for (const [index, heading] of missing) if (index < 0) errors.push({ row: 1, column: heading, code: 'missing_column' });
  if (errors.length > 0) return { usage, years: [], errors };
  const area = areaReader(municipalities);
  const areaColumn = code >= 0 ? code : name;
  for (const row of rows) {
    const cell = (index: number) => (row.cells[index] ?? '').trim();
    const fail = (index: number, code: UsageErrorCode) => errors.push({ row: row.row, column: headings[index] ?? null, code });
    const areaText = cell(areaColumn);
    const found = areaText === '' ? null : area(areaText);
    if (found === null) fail(areaColumn, 'required');
    else if (found.kind !== 'municipality') fail(areaColumn, 'unknown_municipality');
    else if (!members.has(found.code)) fail(areaColumn, 'not_a_member');
    const yearValue = /^\d{4}$/.test(cell(year)) ? Number(cell(year)) : null;
    if (yearValue === null) fail(year, 'invalid_year');
    const count = parseWholeNumber(cell(units));
    if (count === null) fail(units, cell(units) === '' ? 'required' : 'invalid_number');
    if (found?.kind !== 'municipality' || !members.has(found.code) || yearValue === null || count === null) continue;
    const byYear = usage.get(found.code) ?? new Map<number, number>();
    if (byYear.has(yearValue)) fail(areaColumn, 'duplicate_in_file');
    else byYear.set(yearValue, count);
    usage.set(found.code, byYear);
  }
  const years = [...new Set([...usage.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
  return { usage, years, errors };
}
