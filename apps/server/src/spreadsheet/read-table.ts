import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../errors/app-error.js';
import type { ErrorCode } from '../errors/catalog.js';
import { looksLikeZip, openZip, storedCopy, ZipLimitError, type ZipLimitName } from '../files/zip.js';
import { MAX_IMPORT_ROWS, SPREADSHEET_ZIP_LIMITS } from '../limits.js';
import { restoreFormula } from './csv-formulas.js';
import { decodeWindows1252 } from './windows-1252.js';

export type Cell = string | number | boolean | Date | null;

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
  return (await readRawSheets(bytes, csvSheetName, declaredType, options)).map((raw) => tableOf(raw, options));
}

function headingRowOf(rows: ReadonlyArray<readonly string[]>, options: ReadOptions): number {
  if (!options.isHeadingRow) return 0;
  const index = rows.slice(0, HEADING_SEARCH_ROWS).findIndex((cells) => options.isHeadingRow?.(cells));
  return Math.max(index, 0);
}

/** One sheet as it is: every row that is not empty, its cells by position (`row` is the sheet's row number). */
export type RawSheet = { sheet: string; rows: { row: number; cells: Cell[] }[] };

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
  return format === 'xlsx' ? rawXlsx(bytes) : [rawCsv(bytes, csvSheetName, options)];
}

const isEmptyRow = (cells: readonly Cell[]) => cells.every((v) => v === null || textOf(v).trim() === '');

/** A raw sheet as headings (the first row the options accept, else the first) and rows keyed by heading. */
function tableOf(raw: RawSheet, options: ReadOptions): Table {
  const top = raw.rows.slice(0, HEADING_SEARCH_ROWS).map((r) => r.cells.map((c) => textOf(c).trim()));
  const index = headingRowOf(top, options);
  const headingRow = raw.rows[index];
  const headings = (headingRow?.cells ?? []).map((c) => textOf(c).trim());
  const rows: TableRow[] = [];
  for (const { row, cells: values } of raw.rows.slice(index + 1)) {
    const cells = new Map<string, Cell>();
    headings.forEach((heading, column) => {
      if (heading) cells.set(heading, values[column] ?? null);
    });
    if ([...cells.values()].some((v) => v !== null && textOf(v).trim() !== '')) rows.push({ row, cells });
  }
  return { sheet: raw.sheet, headings: headings.filter(Boolean), rows };
}

/** The error of an import file that passes a limit of the guarded ZIP opener. */
const ZIP_LIMIT_ERRORS: Record<ZipLimitName, ErrorCode> = {
  entries: 'import_archive_too_many_entries',
  entry_bytes: 'import_archive_too_large',
  total_bytes: 'import_archive_too_large',
  ratio: 'import_archive_ratio',
};

/**
 * An .xlsx workbook, unpacked by the guarded ZIP opener (exceljs, through JSZip, would inflate whatever the
 * archive holds) and handed to exceljs re-packed without compression.
 */
async function rawXlsx(bytes: Buffer): Promise<RawSheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    const { files } = await openZip(bytes, SPREADSHEET_ZIP_LIMITS);
    await workbook.xlsx.load(storedCopy(files) as unknown as ArrayBuffer);
  } catch (error) {
    if (error instanceof ZipLimitError) throw new AppError(ZIP_LIMIT_ERRORS[error.limit]);
    throw new AppError('import_unreadable');
  }
  return workbook.worksheets.map((sheet) => {
    const rows: RawSheet['rows'] = [];
    if (sheet.actualRowCount > MAX_IMPORT_ROWS) throw new AppError('import_too_many_rows');
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellValue(cell.value);
      });
      const filled = Array.from(cells, (c) => c ?? null);
      if (!isEmptyRow(filled)) rows.push({ row: rowNumber, cells: filled });
    });
    return { sheet: sheet.name, rows };
  });
}

/** Plain values of exceljs cells: formulas by their result, rich text as text, hyperlinks by their text. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return null;
  }
  return String(value);
}

/**
 * CSV as Danish spreadsheets save it: `;` or `,` separated (whichever the first lines use more of), UTF-8 with
 * or without BOM, or windows-1252 when the bytes are not valid UTF-8 (older Excel exports).
 */
function rawCsv(bytes: Buffer, sheet: string, options: ReadOptions): RawSheet {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
  }
  text = text.replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/, HEADING_SEARCH_ROWS);
  const count = (line: string, separator: string) => line.split(separator).length - 1;
  // The heading line decides the separator: the one the options accept, else the line with the most separators
  // (a title line above the headings has few or none).
  const accepted = options.isHeadingRow
    ? lines.find((l) => options.isHeadingRow?.(l.split(/[;,]/).map((c) => c.trim())))
    : undefined;
  const separators = (line: string) => count(line, ';') + count(line, ',');
  const heading = accepted ?? lines.reduce((best, line) => (separators(line) > separators(best) ? line : best), '');
  const delimiter = count(heading, ';') >= count(heading, ',') ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch {
    throw new AppError('import_unreadable');
  }
  if (records.filter((record) => !isEmptyRow(record)).length > MAX_IMPORT_ROWS) throw new AppError('import_too_many_rows');
  const rows: RawSheet['rows'] = [];
  records.forEach((record, index) => {
    if (!isEmptyRow(record)) rows.push({ row: index + 1, cells: record.map(restoreFormula) });
  });
  return { sheet, rows };
}

export function textOf(value: Cell): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}
