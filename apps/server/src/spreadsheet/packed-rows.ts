import type { Cell } from './parse-sheets.js';

/**
 * Rows of cells as they cross between the request thread and a worker thread: JSON text, `PACKED_PART_ROWS`
 * rows to a part. A structured clone of 20,000 rows of cells is built and rebuilt in one block of tens of
 * milliseconds; strings cross as copies of their bytes, and the side on the request thread packs or unpacks
 * them a part at a time, awaiting `between()` (its Pace) after each, so other requests get their turn.
 */
export const PACKED_PART_ROWS = 500;

/** A cell as packed: a date as `{ d: milliseconds }` (JSON has no dates), anything else as it is. */
type PackedCell = string | number | boolean | null | { d: number };

const packCell = (cell: Cell): PackedCell => (cell instanceof Date ? { d: cell.getTime() } : cell);
const unpackCell = (cell: PackedCell): Cell => (cell !== null && typeof cell === 'object' ? new Date(cell.d) : cell);

const noPause = async () => {};

export async function packRows(rows: ReadonlyArray<readonly Cell[]>, between: () => Promise<void> = noPause): Promise<string[]> {
  const parts: string[] = [];
  for (let start = 0; start < rows.length; start += PACKED_PART_ROWS) {
    parts.push(JSON.stringify(rows.slice(start, start + PACKED_PART_ROWS).map((row) => row.map(packCell))));
    await between();
  }
  return parts;
}

export async function unpackRows(parts: readonly string[], between: () => Promise<void> = noPause): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  for (const part of parts) {
    for (const row of JSON.parse(part) as PackedCell[][]) rows.push(row.map(unpackCell));
    await between();
  }
  return rows;
}
