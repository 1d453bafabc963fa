import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../errors/app-error.js';

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

/**
 * Reads every sheet of an .xlsx file, or the one table of a CSV file (named after `csvSheetName`). The bytes
 * decide the format, except that a file declared as .xlsx must be one (not read as CSV by accident).
 */
export async function readTables(bytes: Buffer, csvSheetName: string, declaredType?: string): Promise<Table[]> {
  if (bytes.length === 0) throw new AppError('import_unreadable');
  const format = formatOf(bytes);
  if (declaredType?.startsWith(XLSX_TYPE) && format !== 'xlsx') throw new AppError('import_unreadable');
  return format === 'xlsx' ? readXlsx(bytes) : [readCsv(bytes, csvSheetName)];
}

async function readXlsx(bytes: Buffer): Promise<Table[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('import_unreadable');
  }
  return workbook.worksheets.map((sheet) => {
    const headingRow = sheet.getRow(1);
    const headings: string[] = [];
    headingRow.eachCell({ includeEmpty: true }, (cell, column) => {
      headings[column - 1] = textOf(cellValue(cell.value)).trim();
    });
    const rows: TableRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber === 1) return;
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
function readCsv(bytes: Buffer, sheet: string): Table {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  text = text.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch {
    throw new AppError('import_unreadable');
  }
  const [headingRecord = [], ...body] = records;
  const headings = headingRecord.map((h) => h.trim());
  const rows: TableRow[] = [];
  body.forEach((record, index) => {
    if (record.every((v) => v.trim() === '')) return;
    const cells = new Map<string, Cell>();
    headings.forEach((heading, column) => {
      if (heading) cells.set(heading, record[column] ?? null);
    });
    rows.push({ row: index + 2, cells });
  });
  return { sheet, headings: headings.filter(Boolean), rows };
}

export function textOf(value: Cell): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}
