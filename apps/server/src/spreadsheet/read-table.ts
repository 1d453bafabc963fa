import { AppError } from '../errors/app-error.js';
import { looksLikeZip } from '../files/zip.js';
import { Pace } from '../usecases/pace.js';
import { runTask } from '../workers/pool.js';
import { type Cell, csvText, type RawSheet, textOf, unpackSheets } from './parse-sheets.js';

export type { Cell, RawSheet };
export { textOf };

export type TableRow = { row: number; cells: Map<string, Cell> };

/** One sheet as headings and rows; `row` is the spreadsheet's own row number (the heading row is 1). */
export type Table = { sheet: string; headings: string[]; rows: TableRow[] };

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type SpreadsheetFormat = 'xlsx' | 'csv';

/** Which format a file is, by its first bytes (an .xlsx file is a ZIP archive). */
export function formatOf(bytes: Buffer): SpreadsheetFormat {
  return looksLikeZip(bytes) ? 'xlsx' : 'csv';
}

export type ReadOptions = {
  /**
   * Which row holds the headings: the first of the sheet's first rows whose cells this accepts (many
   * spreadsheets have a title or a note above the headings). Without it, or when no row is accepted, row 1.
   */
  isHeadingRow?: (cells: readonly string[]) => boolean;
};

/** How many rows from the top are looked at for the heading row. */
const HEADING_SEARCH_ROWS = 10;

/**
 * Reads every sheet of an .xlsx file, or the one table of a CSV file (named after `csvSheetName`). The bytes
 * decide the format, except that a file declared as .xlsx must be one (not read as CSV by accident).
 */
export async function readTables(
  bytes: Buffer,
  csvSheetName: string,
  declaredType?: string,
  options: ReadOptions = {},
): Promise<Table[]> {
  const sheets = await readRawSheets(bytes, csvSheetName, declaredType, options);
  const tables: Table[] = [];
  for (const raw of sheets) tables.push(await tableOf(raw, options));
  return tables;
}

function headingRowOf(rows: ReadonlyArray<readonly string[]>, options: ReadOptions): number {
  if (!options.isHeadingRow) return 0;
  const index = rows.slice(0, HEADING_SEARCH_ROWS).findIndex((cells) => options.isHeadingRow?.(cells));
  return Math.max(index, 0);
}

/**
 * Reads every sheet of an .xlsx file, or the one table of a CSV file, as rows of cells by position, for
 * layouts whose headings are not one row of names (a matrix with an empty corner, a title line above).
 */
export async function readRawSheets(
  bytes: Buffer,
  csvSheetName: string,
  declaredType?: string,
  options: ReadOptions = {},
): Promise<RawSheet[]> {
  if (bytes.length === 0) throw new AppError('import_unreadable');
  const format = formatOf(bytes);
  if (declaredType?.startsWith(XLSX_TYPE) && format !== 'xlsx') throw new AppError('import_unreadable');
  // Parsing runs in a worker thread, so that a large file does not hold up other requests.
  const packed =
    format === 'xlsx'
      ? await runTask('xlsxSheets', { bytes })
      : await runTask('csvSheet', { bytes, sheet: csvSheetName, delimiter: csvDelimiter(bytes, options) });
  const pace = new Pace();
  const parsed = await unpackSheets(packed, () => pace.step());
  if ('error' in parsed) throw new AppError(parsed.error);
  return parsed.sheets;
}

/**
 * The separator of a CSV file, `;` or `,`, read from its first lines: the heading line decides (the one the
 * options accept, else the line with the most separators; a title line above the headings has few or none).
 */
function csvDelimiter(bytes: Buffer, options: ReadOptions): ';' | ',' {
  const head = bytes.subarray(0, 64 * 1024);
  const lines = csvText(head.subarray(0, Math.max(head.lastIndexOf(0x0a), 0) || head.length)).split(/\r?\n/, HEADING_SEARCH_ROWS);
  const count = (line: string, separator: string) => line.split(separator).length - 1;
  const accepted = options.isHeadingRow
    ? lines.find((l) => options.isHeadingRow?.(l.split(/[;,]/).map((c) => c.trim())))
    : undefined;
  const separators = (line: string) => count(line, ';') + count(line, ',');
  const heading = accepted ?? lines.reduce((best, line) => (separators(line) > separators(best) ? line : best), '');
  return count(heading, ';') >= count(heading, ',') ? ';' : ',';
}

/** A raw sheet as headings (the first row the options accept, else the first) and rows keyed by heading. */
async function tableOf(raw: RawSheet, options: ReadOptions): Promise<Table> {
  const pace = new Pace();
  const top = raw.rows.slice(0, HEADING_SEARCH_ROWS).map((r) => r.cells.map((c) => textOf(c).trim()));
  const index = headingRowOf(top, options);
  const headingRow = raw.rows[index];
  const headings = (headingRow?.cells ?? []).map((c) => textOf(c).trim());
  const rows: TableRow[] = [];
  for (const { row, cells: values } of raw.rows.slice(index + 1)) {
    await pace.step();
    const cells = new Map<string, Cell>();
    headings.forEach((heading, column) => {
      if (heading) cells.set(heading, values[column] ?? null);
    });
    if ([...cells.values()].some((v) => v !== null && textOf(v).trim() !== '')) rows.push({ row, cells });
  }
  return { sheet: raw.sheet, headings: headings.filter(Boolean), rows };
}
