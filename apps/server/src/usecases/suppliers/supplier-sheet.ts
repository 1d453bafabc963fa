import * as Api from '@overblik/api';
import type { Supplier, SupplierContact } from '@overblik/db';
import type { Cell, Table } from '../../spreadsheet/read-table.js';
import { maxLengthOf } from '../../spreadsheet/schema-limits.js';
import type { Column, SheetData } from '../../spreadsheet/write-table.js';

export const SUPPLIER_SHEET = 'Leverandører';
export const CONTACT_SHEET = 'Kontaktpersoner';

export type SupplierField =
  | 'name'
  | 'cvr'
  | 'country'
  | 'foreignId'
  | 'street'
  | 'postalCode'
  | 'city'
  | 'classification'
  | 'notes';

/**
 * `labelMaxLength`: for a cell that holds a label matched to a value (a country, a classification), the most
 * characters read; every other cell is limited as the API limits its field (`supplierCellLimit`).
 */
type SupplierColumn = Column & { field: SupplierField; aliases: readonly string[]; labelMaxLength?: number };

/** The supplier sheet's columns: Danish headings (used by export and template) and the other names import accepts. */
export const SUPPLIER_COLUMNS: readonly SupplierColumn[] = [
  { field: 'name', heading: 'Navn', aliases: ['name', 'leverandør', 'leverandørnavn'], width: 32 },
  { field: 'cvr', heading: 'CVR-nummer', aliases: ['cvr', 'cvr-nr', 'cvr nr', 'cvrnummer'], width: 14 },
  { field: 'country', heading: 'Land', aliases: ['country', 'landekode'], labelMaxLength: 20, width: 8 },
  { field: 'foreignId', heading: 'Udenlandsk id', aliases: ['foreign id', 'momsnummer', 'vat'], width: 18 },
  { field: 'street', heading: 'Adresse', aliases: ['vej', 'address', 'street'], width: 28 },
  { field: 'postalCode', heading: 'Postnummer', aliases: ['postnr', 'postal code'], width: 11 },
  { field: 'city', heading: 'By', aliases: ['city', 'postdistrikt'], width: 18 },
  { field: 'classification', heading: 'Klassifikation', aliases: ['classification', 'segment'], labelMaxLength: 200, width: 18 },
  { field: 'notes', heading: 'Noter', aliases: ['notes', 'bemærkninger'], width: 40 },
];

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
    rows: suppliers.map((s): Cell[] => [
      s.name,
      s.cvr,
      s.country,
      s.foreignId,
      s.street,
      s.postalCode,
      s.city,
      s.classification ? classificationLabel(s.classification) : null,
      s.notes,
    ]),
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
