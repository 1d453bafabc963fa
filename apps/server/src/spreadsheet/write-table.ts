import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Cell } from './read-table.js';

export type Column = { heading: string; width?: number; kind?: 'text' | 'date' | 'number' };
export type SheetData = { name: string; columns: readonly Column[]; rows: ReadonlyArray<readonly Cell[]> };

/** An .xlsx workbook with Danish headings in bold, frozen heading rows, dates as dates and numbers as numbers. */
export async function writeXlsx(sheets: readonly SheetData[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Overblik';
  for (const data of sheets) {
    const sheet = workbook.addWorksheet(data.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = data.columns.map((c) => ({
      header: c.heading,
      width: c.width ?? 20,
      style: c.kind === 'date' ? { numFmt: 'dd-mm-yyyy' } : c.kind === 'number' ? { numFmt: '#,##0.00' } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of data.rows) sheet.addRow([...row]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CSV as Danish Excel opens it directly: `;`-separated UTF-8 with a byte-order mark. */
export function writeCsv(data: SheetData): Buffer {
  const text = stringify([data.columns.map((c) => c.heading), ...data.rows.map((r) => r.map((v) => csvValue(v)))], {
    delimiter: ';',
    record_delimiter: '\r\n',
  });
  return Buffer.from(`\uFEFF${text}`, 'utf8');
}

function csvValue(value: Cell): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
