import * as Api from '@overblik/api';
import { SUPPLIER_FIELDS, type SupplierFields } from '@overblik/core';
import type { Supplier, SupplierContact } from '@overblik/db';
import { type SheetColumn, sheetColumns } from '../../spreadsheet/declared-columns.js';
import type { Cell, Table } from '../../spreadsheet/read-table.js';
import { maxLengthOf } from '../../spreadsheet/schema-limits.js';
import type { Column, SheetData } from '../../spreadsheet/write-table.js';

export const SUPPLIER_SHEET = 'Leverandører';
export const CONTACT_SHEET = 'Kontaktpersoner';

export type SupplierField = keyof SupplierFields;

/**
 * `labelMaxLength`: for a cell that holds a label matched to a value (a country, a classification), the most
 * characters read; every other cell is limited as the API limits its field (`supplierCellLimit`).
 */
type SupplierColumn = SheetColumn<SupplierField> & { field: SupplierField; labelMaxLength?: number };

const LABEL_MAX_LENGTHS: Partial<Record<SupplierField, number>> = { country: 20, classification: 200 };

/**
 * The supplier sheet's columns, from the field declarations (`SUPPLIER_FIELDS`): Danish headings (used by export
 * and template), the other names import accepts, and how to fill each in (the template's guide).
 */
export const SUPPLIER_COLUMNS: readonly SupplierColumn[] = sheetColumns(SUPPLIER_FIELDS).map((column) => {
  const labelMaxLength = LABEL_MAX_LENGTHS[column.id];
  return { ...column, field: column.id, ...(labelMaxLength !== undefined && { labelMaxLength }) };
});

const SUPPLIER_CELL_LIMITS = new Map(
  SUPPLIER_COLUMNS.map((c) => [c.field, c.labelMaxLength ?? maxLengthOf(Api.CreateSupplierRequest, c.field)]),
);

/** The most characters a cell of the supplier sheet takes. */
export const supplierCellLimit = (field: SupplierField): number => SUPPLIER_CELL_LIMITS.get(field) ?? 0;

const CONTACT_COLUMNS: readonly Column[] = [
  { heading: 'Leverandør', width: 32 },
  { heading: 'CVR-nummer', width: 14 },
  { heading: 'Navn', width: 24 },
  { heading: 'Rolle', width: 20 },
  { heading: 'E-mail', width: 28 },
  { heading: 'Telefon', width: 16 },
];

const simplify = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[\s._-]+/g, ' ');

/** Which supplier field each heading of a sheet holds; unknown headings are left out. */
export function supplierColumnsOf(table: Table): Map<SupplierField, string> {
  const found = new Map<SupplierField, string>();
  for (const heading of table.headings) {
    const column = SUPPLIER_COLUMNS.find((c) => [c.heading, ...c.aliases].some((name) => simplify(name) === simplify(heading)));
    if (column && !found.has(column.field)) found.set(column.field, heading);
  }
  return found;
}

export function supplierSheet(suppliers: readonly Supplier[], classificationLabel: (key: string) => string): SheetData {
  return {
    name: SUPPLIER_SHEET,
    columns: SUPPLIER_COLUMNS,
    rows: suppliers.map((s): Cell[] =>
      SUPPLIER_COLUMNS.map(({ field }) => {
        const value = s[field];
        // An option value by its label; every other field as stored.
        return SUPPLIER_FIELDS[field].kind === 'option' && value !== null ? classificationLabel(value) : value;
      }),
    ),
  };
}

export function contactSheet(suppliers: readonly Supplier[], contacts: readonly SupplierContact[]): SheetData {
  const byId = new Map(suppliers.map((s) => [s.id, s]));
  return {
    name: CONTACT_SHEET,
    columns: CONTACT_COLUMNS,
    rows: contacts.map((c): Cell[] => {
      const supplier = byId.get(c.supplierId);
      return [supplier?.name ?? null, supplier?.cvr ?? null, c.name, c.role, c.email, c.phone];
    }),
  };
}
