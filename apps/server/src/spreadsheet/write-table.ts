import { oreToDecimalString } from '@overblik/core';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { FileDownload } from '../http/send-file.js';
import { Pace } from '../usecases/pace.js';
import { runTask } from '../workers/pool.js';
import { neutraliseFormula } from './csv-formulas.js';
import { packRows, unpackRows } from './packed-rows.js';
import { type Cell, XLSX_TYPE } from './read-table.js';

/**
 * A column of a written sheet. `kind` sets the cell format: `date` dd-mm-yyyy, `number` an amount
 * (`#,##0.00`), `integer` a whole number, `decimal` as typed (General). A `readOnly` column (derived
 * values an import ignores) gets a grey heading.
 */
export type Column = {
  heading: string;
  width?: number;
  kind?: 'text' | 'date' | 'number' | 'integer' | 'decimal';
  readOnly?: boolean;
};
export type SheetData = { name: string; columns: readonly Column[]; rows: ReadonlyArray<readonly Cell[]> };

/** A calendar date as a date cell (midnight UTC, so the sheet shows that day). */
export const dateCell = (date: string | null): Date | null => (date ? new Date(`${date}T00:00:00Z`) : null);
/** An exact decimal as a number cell (spreadsheets hold numbers; only display happens there). */
export const numberCell = (decimal: string | null): number | null => (decimal === null ? null : Number(decimal));
/** Øre as a number cell in kroner ("1234.50" → 1234.5). */
export const oreCell = (ore: bigint | number | string | null): number | null =>
  ore === null ? null : Number(oreToDecimalString(BigInt(ore)));

const NUMBER_FORMATS: Record<NonNullable<Column['kind']>, string | undefined> = {
  text: undefined,
  date: 'dd-mm-yyyy',
  number: '#,##0.00',
  integer: '0',
  decimal: undefined,
};

/** An .xlsx workbook with Danish headings in bold, frozen heading rows, dates as dates and numbers as numbers. */
export async function writeXlsx(sheets: readonly SheetData[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Overblik';
  for (const data of sheets) {
    const sheet = workbook.addWorksheet(data.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = data.columns.map((c) => {
      const numFmt = NUMBER_FORMATS[c.kind ?? 'text'];
      return { header: c.heading, width: c.width ?? 20, style: numFmt ? { numFmt } : {} };
    });
    sheet.getRow(1).font = { bold: true };
    data.columns.forEach((c, index) => {
      if (!c.readOnly) return;
      const cell = sheet.getRow(1).getCell(index + 1);
      cell.font = { bold: true, italic: true, color: { argb: 'FF595959' } };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    });
    for (const row of data.rows) sheet.addRow([...row]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * CSV as Danish Excel opens it directly: `;`-separated UTF-8 with a byte-order mark, numbers with a decimal
 * comma and no thousands separator (1234,5), dates as ISO dates, and no text that a spreadsheet would run as
 * a formula (headings included: `neutraliseFormula`).
 */
export function writeCsv(data: SheetData): Buffer {
  const text = stringify([data.columns.map((c) => csvValue(c.heading)), ...data.rows.map((r) => r.map((v) => csvValue(v)))], {
    delimiter: ';',
    record_delimiter: '\r\n',
    // A lone CR or LF inside a cell is quoted too, or a reader would take it for the end of the row.
    quoted_match: /[\r\n]/,
  });
  return Buffer.from(`\uFEFF${text}`, 'utf8');
}

function csvValue(value: Cell): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value).replace('.', ',');
  return neutraliseFormula(String(value));
}

/** One sheet as a CSV download named `stem`.csv. */
export async function csvFile(stem: string, sheet: SheetData): Promise<FileDownload> {
  return { bytes: await written('csv', [sheet]), contentType: 'text/csv; charset=utf-8', fileName: `${stem}.csv` };
}

/** Sheets as an .xlsx download named `stem`.xlsx. */
export async function xlsxFile(stem: string, sheets: readonly SheetData[]): Promise<FileDownload> {
  return { bytes: await written('xlsx', sheets), contentType: XLSX_TYPE, fileName: `${stem}.xlsx` };
}

/** A sheet as it crosses to the worker thread that writes the file: its rows packed (packed-rows.ts). */
export type PackedSheetData = { name: string; columns: readonly Column[]; parts: string[] };

/**
 * The file written in a worker thread (a register of 20,000 contracts is some 600,000 cells, seconds of work
 * for exceljs), its rows packed here between other requests.
 */
async function written(format: 'xlsx' | 'csv', sheets: readonly SheetData[]): Promise<Buffer> {
  const pace = new Pace();
  const packed: PackedSheetData[] = [];
  for (const { name, columns, rows } of sheets) packed.push({ name, columns, parts: await packRows(rows, () => pace.step()) });
  const bytes = await runTask('writeSpreadsheet', { format, sheets: packed });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The worker thread's part: the sheets unpacked and written as `format` (CSV: the first sheet). */
export async function writePacked(format: 'xlsx' | 'csv', packed: readonly PackedSheetData[]): Promise<Uint8Array> {
  const sheets: SheetData[] = [];
  for (const { name, columns, parts } of packed) sheets.push({ name, columns, rows: await unpackRows(parts) });
  const [first] = sheets;
  if (format === 'csv') return first ? writeCsv(first) : Buffer.alloc(0);
  return writeXlsx(sheets);
}

/** The sheets as .xlsx, or the first of them as CSV (a CSV file holds one table). */
export async function spreadsheetFile(
  stem: string,
  format: 'xlsx' | 'csv',
  sheets: readonly [SheetData, ...SheetData[]],
): Promise<FileDownload> {
  return format === 'csv' ? csvFile(stem, sheets[0]) : xlsxFile(stem, sheets);
}
