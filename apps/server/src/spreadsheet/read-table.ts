import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../errors/app-error.js';
import { decodeWindows1252 } from './windows-1252.js';

export type Cell = string | number | boolean | Date | null;

export type TableRow = { row: number; cells: Map<string, Cell> };

/** One sheet as headings and rows; `row` is the spreadsheet's own row number (the heading row is 1). */
export type Table = { sheet: string; headings: string[]; rows: TableRow[] };

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type SpreadsheetFormat = 'xlsx' | 'csv';

/** Which format a file is, by its first bytes (an .xlsx file is a ZIP archive). */
export function formatOf(bytes: Buffer): SpreadsheetFormat {
  return bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) ? 'xlsx' : 'csv';
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
  if (bytes.length === 0) throw new AppError('import_unreadable');
  const format = formatOf(bytes);
  if (declaredType?.startsWith(XLSX_TYPE) && format !== 'xlsx') throw new AppError('import_unreadable');
  return format === 'xlsx' ? readXlsx(bytes, options) : [readCsv(bytes, csvSheetName, options)];
}

function headingRowOf(rows: ReadonlyArray<readonly string[]>, options: ReadOptions): number {
  if (!options.isHeadingRow) return 0;
  const index = rows.slice(0, HEADING_SEARCH_ROWS).findIndex((cells) => options.isHeadingRow?.(cells));
  return Math.max(index, 0);
}

async function readXlsx(bytes: Buffer, options: ReadOptions): Promise<Table[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('import_unreadable');
  }
  return workbook.worksheets.map((sheet) => {
    const top: string[][] = [];
    for (let n = 1; n <= Math.min(HEADING_SEARCH_ROWS, Math.max(sheet.rowCount, 1)); n++) {
      const cells: string[] = [];
      sheet.getRow(n).eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = textOf(cellValue(cell.value)).trim();
      });
      top.push(Array.from(cells, (c) => c ?? ''));
    }
    const headingRowNumber = headingRowOf(top, options) + 1;
    const headings: string[] = top[headingRowNumber - 1] ?? [];
    const rows: TableRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber <= headingRowNumber) return;
      const cells = new Map<string, Cell>();
      headings.forEach((heading, index) => {
        if (heading) cells.set(heading, cellValue(row.getCell(index + 1).value));
      });
      if ([...cells.values()].some((v) => v !== null && textOf(v).trim() !== '')) rows.push({ row: rowNumber, cells });
    });
    return { sheet: sheet.name, headings: headings.filter(Boolean), rows };
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
 * CSV as Danish spreadsheets save it: `;` or `,` separated (whichever the heading line uses), UTF-8 with or
 * without BOM, or windows-1252 when the bytes are not valid UTF-8 (older Excel exports).
 */
function readCsv(bytes: Buffer, sheet: string, options: ReadOptions): Table {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
  }
  text = text.replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/, HEADING_SEARCH_ROWS);
  const count = (line: string, separator: string) => line.split(separator).length - 1;
  const headingGuess =
    lines[
      headingRowOf(
        lines.map((l) => l.split(/[;,]/).map((c) => c.trim())),
        options,
      )
    ] ?? '';
  const delimiter = count(headingGuess, ';') >= count(headingGuess, ',') ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch {
    throw new AppError('import_unreadable');
  }
  const headingIndex = headingRowOf(records, options);
  const headings = (records[headingIndex] ?? []).map((h) => h.trim());
  const rows: TableRow[] = [];
  records.forEach((record, index) => {
    if (index <= headingIndex || record.every((v) => v.trim() === '')) return;
    const cells = new Map<string, Cell>();
    headings.forEach((heading, column) => {
      if (heading) cells.set(heading, record[column] ?? null);
    });
    rows.push({ row: index + 1, cells });
  });
  return { sheet, headings: headings.filter(Boolean), rows };
}

export function textOf(value: Cell): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}
