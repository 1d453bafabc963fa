import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { ErrorCode } from '../errors/catalog.js';
import { openZip, storedCopy, ZipLimitError, type ZipLimitName } from '../files/zip.js';
import { MAX_IMPORT_ROWS, SPREADSHEET_ZIP_LIMITS } from '../limits.js';
import { restoreFormula } from './csv-formulas.js';
import { packRows, unpackRows } from './packed-rows.js';
import { decodeWindows1252 } from './windows-1252.js';

/**
 * The CPU-heavy part of reading a spreadsheet, run in a worker thread (workers/tasks.ts): unpacking and parsing
 * an .xlsx workbook, decoding and parsing a CSV file. Plain data in, plain data out (structured clone); a
 * problem with the file is returned as the error code to answer with, since an error's class does not cross
 * the thread boundary.
 */
export type Cell = string | number | boolean | Date | null;

/** One sheet as it is: every row that is not empty, its cells by position (`row` is the sheet's row number). */
export type RawSheet = { sheet: string; rows: { row: number; cells: Cell[] }[] };

export type ParsedSheets = { sheets: RawSheet[] } | { error: ErrorCode };

class Refused extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

export function textOf(value: Cell): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

export const isEmptyRow = (cells: readonly Cell[]) => cells.every((v) => v === null || textOf(v).trim() === '');

/** Every sheet of an .xlsx workbook, or the error code to answer with. */
export async function xlsxSheets(bytes: Uint8Array): Promise<ParsedSheets> {
  try {
    return { sheets: await rawXlsx(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) };
  } catch (error) {
    if (error instanceof Refused) return { error: error.code };
    return { error: 'import_unreadable' };
  }
}

/** The one sheet of a CSV file, split on `delimiter` (decided from its first lines by the caller). */
export function csvSheet(bytes: Uint8Array, sheet: string, delimiter: ';' | ','): ParsedSheets {
  try {
    return { sheets: [rawCsv(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), sheet, delimiter)] };
  } catch (error) {
    if (error instanceof Refused) return { error: error.code };
    return { error: 'import_unreadable' };
  }
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
    if (error instanceof ZipLimitError) throw new Refused(ZIP_LIMIT_ERRORS[error.limit]);
    throw new Refused('import_unreadable');
  }
  return workbook.worksheets.map((sheet) => {
    const rows: RawSheet['rows'] = [];
    if (sheet.actualRowCount > MAX_IMPORT_ROWS) throw new Refused('import_too_many_rows');
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

/** The text of a CSV file: UTF-8 (with or without BOM), or windows-1252 when the bytes are not valid UTF-8. */
export function csvText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
  return text.replace(/^\uFEFF/, '');
}

/** CSV as Danish spreadsheets save it, on the delimiter given; cells the product wrote with an apostrophe against formulas read back without it. */
function rawCsv(bytes: Buffer, sheet: string, delimiter: ';' | ','): RawSheet {
  let records: string[][];
  try {
    records = parse(csvText(bytes), { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch {
    throw new Refused('import_unreadable');
  }
  if (records.filter((record) => !isEmptyRow(record)).length > MAX_IMPORT_ROWS) throw new Refused('import_too_many_rows');
  const rows: RawSheet['rows'] = [];
  records.forEach((record, index) => {
    if (!isEmptyRow(record)) rows.push({ row: index + 1, cells: record.map(restoreFormula) });
  });
  return { sheet, rows };
}

/** Sheets as they cross from the worker thread to the request thread, each sheet's rows packed (packed-rows.ts). */
export type PackedSheets = { sheets: { sheet: string; parts: string[] }[] } | { error: ErrorCode };

/** Packed with the row number as the first cell of each row. */
export async function packSheets(parsed: ParsedSheets): Promise<PackedSheets> {
  if ('error' in parsed) return parsed;
  const sheets: { sheet: string; parts: string[] }[] = [];
  for (const { sheet, rows } of parsed.sheets)
    sheets.push({ sheet, parts: await packRows(rows.map(({ row, cells }) => [row, ...cells])) });
  return { sheets };
}

/** The sheets again, on the request thread, with `between()` (its Pace) awaited after each part. */
export async function unpackSheets(packed: PackedSheets, between: () => Promise<void>): Promise<ParsedSheets> {
  if ('error' in packed) return packed;
  const sheets: RawSheet[] = [];
  for (const { sheet, parts } of packed.sheets) {
    const rows = (await unpackRows(parts, between)).map(([row, ...cells]) => ({ row: row as number, cells }));
    sheets.push({ sheet, rows });
  }
  return { sheets };
}
