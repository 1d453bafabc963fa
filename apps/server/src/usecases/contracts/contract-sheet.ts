import {
  CONTRACT_FIELDS,
  type ContractFields,
  type EnumLabels,
  PRICE_ELEMENT_FIELDS,
  type PriceElementFields,
} from '@overblik/core';
import type { Locale } from '../../context.js';
import { headingKey } from '../../spreadsheet/cells.js';
import { type SheetColumn, sheetColumns } from '../../spreadsheet/declared-columns.js';
import type { Table } from '../../spreadsheet/read-table.js';

export const CONTRACT_SHEET = 'Kontrakter';
export const PRICE_ELEMENT_SHEET = 'Priselementer';
export const GUIDE_SHEET = 'Vejledning';

/** Separator of the values of a list cell (agreement elements, tags, responsibilities, paying units, links). */
export const LIST_SEPARATOR = '; ';

/** The words that mean an ongoing term (løbende) in the term column. */
export const ONGOING_WORDS = ['løbende', 'ongoing', 'tidsubegrænset', 'uendelig', 'ingen udløb'];

export function enumLabel<K extends string>(labels: EnumLabels<K>, key: K | null, locale: Locale): string | null {
  return key === null ? null : labels[key][locale];
}

/** The key a label, key or other word names (any case, either language), or null. */
export function enumKeyOf<K extends string>(labels: EnumLabels<K>, text: string): K | null {
  const wanted = headingKey(text);
  for (const [key, l] of Object.entries(labels) as Array<[K, EnumLabels<K>[K]]>) {
    if ([key, l.da, l.en, ...(l.also ?? [])].some((word) => headingKey(word) === wanted)) return key;
  }
  return null;
}

export type ContractColumnId = keyof ContractFields;
export type ContractColumn = SheetColumn<ContractColumnId>;

/** The Kontrakter sheet, from the field declarations (`CONTRACT_FIELDS`). */
export const CONTRACT_COLUMNS: readonly ContractColumn[] = sheetColumns(CONTRACT_FIELDS);

export type PriceElementColumnId = keyof PriceElementFields;
export type PriceElementColumn = SheetColumn<PriceElementColumnId>;

/** Words for common UN/ECE Recommendation 20 unit codes. */
export const UNIT_CODE_WORDS: Record<string, string> = {
  stk: 'EA',
  styk: 'EA',
  stykke: 'EA',
  each: 'EA',
  time: 'HUR',
  timer: 'HUR',
  hour: 'HUR',
  hours: 'HUR',
  dag: 'DAY',
  dage: 'DAY',
  day: 'DAY',
  uge: 'WEE',
  måned: 'MON',
  måneder: 'MON',
  md: 'MON',
  mdr: 'MON',
  month: 'MON',
  år: 'ANN',
  year: 'ANN',
};

/** The Priselementer sheet, from the field declarations (`PRICE_ELEMENT_FIELDS`). */
export const PRICE_ELEMENT_COLUMNS: readonly PriceElementColumn[] = sheetColumns(PRICE_ELEMENT_FIELDS);

/**
 * Which column each heading of a sheet holds: a column's own heading first, then the other names it is known
 * by (the first heading wins). Headings that name no column are returned apart.
 */
export function columnsOf<Id extends string>(
  table: Table,
  columns: readonly SheetColumn<Id>[],
): { found: Map<Id, string>; unknown: string[] } {
  const found = new Map<Id, string>();
  const used = new Set<string>();
  for (const pass of ['heading', 'alias'] as const) {
    for (const heading of table.headings) {
      if (used.has(heading)) continue;
      const key = headingKey(heading);
      const column = columns.find((c) =>
        pass === 'heading' ? headingKey(c.heading) === key : c.aliases.some((a) => headingKey(a) === key),
      );
      if (column && !found.has(column.id)) {
        found.set(column.id, heading);
        used.add(heading);
      }
    }
  }
  return { found, unknown: table.headings.filter((h) => !used.has(h)) };
}

/** Whether a row of cells looks like the contract sheet's headings (for sheets with a title above them). */
export function isContractHeadingRow(cells: readonly string[]): boolean {
  const keys = new Set(cells.map(headingKey));
  const number = CONTRACT_COLUMNS[0] as ContractColumn;
  return [number.heading, ...number.aliases].some((h) => keys.has(headingKey(h)));
}
